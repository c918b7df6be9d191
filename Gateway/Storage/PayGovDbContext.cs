using System.Text;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure.Idempotency;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Portals;
using PayGov.Gateway.Receipts;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Refunds;
using PayGov.Gateway.Treasury;
using PayGov.Gateway.Webhooks;

namespace PayGov.Gateway.Storage;

/// <summary>
/// The system of record. Provider-specific subclasses (<see cref="SqlitePayGovDbContext"/>,
/// <see cref="PostgresPayGovDbContext"/>) each own their migration set.
/// </summary>
public abstract class PayGovDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Portal> Portals => Set<Portal>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<PaymentIntent> PaymentIntents => Set<PaymentIntent>();

    public DbSet<PaymentAttempt> PaymentAttempts => Set<PaymentAttempt>();

    public DbSet<RejectedCallback> RejectedCallbacks => Set<RejectedCallback>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    public DbSet<BankCredit> BankCredits => Set<BankCredit>();
    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<OutboxEvent> Events => Set<OutboxEvent>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<TreasuryUser> TreasuryUsers => Set<TreasuryUser>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ReconciliationFile> ReconciliationFiles => Set<ReconciliationFile>();

    public DbSet<ReconciliationRun> ReconciliationRuns => Set<ReconciliationRun>();

    public DbSet<ReconciliationRunInput> ReconciliationRunInputs => Set<ReconciliationRunInput>();

    public DbSet<ExceptionCase> ReconciliationExceptions => Set<ExceptionCase>();

    public DbSet<ExceptionAction> ReconciliationExceptionActions => Set<ExceptionAction>();

    public DbSet<ReportRow> ReconciliationReportRows => Set<ReportRow>();

    public DbSet<DayClosure> ReconciliationDayClosures => Set<DayClosure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PayGovDbContext).Assembly);
        UseSnakeCaseColumns(modelBuilder);
    }

    /// <summary>Columns not named explicitly by a configuration get the snake_case of their property.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                // An owned type sharing its owner's table shares its key columns too; EF names those from the owner.
                if (entity.IsOwned() && property.IsPrimaryKey())
                {
                    continue;
                }

                if (property.GetColumnName() == property.Name)
                {
                    property.SetColumnName(ToSnakeCase(property.Name));
                }
            }

            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName() ?? string.Empty));
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName() ?? string.Empty));
            }

            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName() ?? string.Empty));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && !char.IsUpper(name[i - 1]))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
