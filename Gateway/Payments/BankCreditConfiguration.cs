using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Payments;

internal sealed class BankCreditConfiguration : IEntityTypeConfiguration<BankCredit>
{
    public void Configure(EntityTypeBuilder<BankCredit> builder)
    {
        builder.ToTable("bank_credits");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasMaxLength(40);
        builder.Property(c => c.ConnectorId).HasMaxLength(64);
        builder.Property(c => c.TransactionId).HasMaxLength(64);
        builder.Property(c => c.BankCode).HasMaxLength(6);
        builder.Property(c => c.AccountNumber).HasMaxLength(19);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Property(c => c.BankReference).HasMaxLength(64);
        builder.Property(c => c.CounterBankCode).HasMaxLength(6);
        builder.Property(c => c.CounterAccountNumber).HasMaxLength(19);
        builder.Property(c => c.CounterAccountName).HasMaxLength(100);
        builder.Property(c => c.MatchedReference).HasMaxLength(13);
        builder.Property(c => c.AttemptId).HasMaxLength(40);
        builder.Property(c => c.Exception).HasMaxLength(32);
        builder.HasOne<PaymentAttempt>().WithMany().HasForeignKey(c => c.AttemptId);

        // Step 7: one credit per transaction id and connector; a replay finds it, two racing copies cannot both land.
        builder.HasIndex(c => new { c.ConnectorId, c.TransactionId }).IsUnique();
        builder.HasIndex(c => c.AttemptId);
    }
}
