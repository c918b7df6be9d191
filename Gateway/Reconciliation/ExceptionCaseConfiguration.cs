using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Reconciliation;

internal sealed class ExceptionCaseConfiguration : IEntityTypeConfiguration<ExceptionCase>
{
    public void Configure(EntityTypeBuilder<ExceptionCase> builder)
    {
        builder.ToTable("reconciliation_exceptions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(40);
        builder.Property(e => e.Key).HasMaxLength(200);
        builder.Property(e => e.Type).HasMaxLength(32);
        builder.Property(e => e.Source).HasMaxLength(48);
        builder.Property(e => e.Reference).HasMaxLength(80);
        builder.Property(e => e.Reason).HasMaxLength(48);
        builder.Property(e => e.Provider).HasMaxLength(16);
        builder.Property(e => e.PortalId).HasMaxLength(40);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ResolutionCode).HasMaxLength(32);
        builder.Property(e => e.ResolutionNote).HasMaxLength(2000);
        builder.Property(e => e.ResolvedBy).HasMaxLength(64);
        builder.Property(e => e.ApprovedBy).HasMaxLength(64);
        builder.Property(e => e.RaisedByRunId).HasMaxLength(40);
        builder.Property(e => e.LastRunId).HasMaxLength(40);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.Magnitude);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => new { e.BusinessDay, e.Id });
        builder.HasIndex(e => new { e.Status, e.Id });
    }
}
