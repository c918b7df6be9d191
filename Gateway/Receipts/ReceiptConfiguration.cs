using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Receipts;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> builder)
    {
        builder.ToTable("receipts");
        builder.HasKey(r => r.Number);
        builder.Property(r => r.Number).HasMaxLength(24);
        builder.Property(r => r.VerificationCode).HasMaxLength(32);
        builder.Property(r => r.IntentId).HasMaxLength(40);
        builder.Property(r => r.AttemptId).HasMaxLength(40);
        builder.Property(r => r.Provider).HasMaxLength(32);
        builder.Property(r => r.ProviderTransactionId).HasMaxLength(64);
        builder.HasOne<PaymentIntent>().WithMany().HasForeignKey(r => r.IntentId);
        builder.HasOne<PaymentAttempt>().WithMany().HasForeignKey(r => r.AttemptId);

        // Exactly one receipt per paid intent, whichever node or callback copy records the success.
        builder.HasIndex(r => r.IntentId).IsUnique();
    }
}
