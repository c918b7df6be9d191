using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Payments;

internal sealed class PaymentAttemptConfiguration : IEntityTypeConfiguration<PaymentAttempt>
{
    public void Configure(EntityTypeBuilder<PaymentAttempt> builder)
    {
        builder.ToTable("payment_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(40);
        builder.Property(a => a.IntentId).HasMaxLength(40);
        builder.Property(a => a.Provider).HasMaxLength(32);
        builder.Property(a => a.Method).HasMaxLength(32);
        builder.Property(a => a.MerchantReference).HasMaxLength(40);
        builder.Property(a => a.ProviderReference).HasMaxLength(64);
        builder.Property(a => a.RedirectUrl).HasMaxLength(2048);
        builder.Property(a => a.QrPayload).HasMaxLength(512);
        builder.Property(a => a.Deeplink).HasMaxLength(2048);
        builder.Property(a => a.Anomaly).HasMaxLength(32);
        // A compare-and-set on the status: of two callbacks that both read the attempt open, only one completes it.
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        builder.Property(a => a.ProviderTransactionId).HasMaxLength(64);

        // Of two bank credits for the same reference that both read the same total, only one adds to it first.
        builder.Property(a => a.ReceivedAmount).IsConcurrencyToken();
        builder.HasOne<PaymentIntent>().WithMany().HasForeignKey(a => a.IntentId);

        // A provider's callback names the attempt by this pair; it must never name two.
        builder.HasIndex(a => new { a.Provider, a.MerchantReference }).IsUnique();
        builder.HasIndex(a => new { a.Provider, a.ProviderReference }).IsUnique();

        // The doubt-settling job's queue: only attempts in doubt have a next query time.
        builder.HasIndex(a => a.NextQueryAt).HasFilter("next_query_at IS NOT NULL");
        builder.HasIndex(a => a.IntentId);

        // The anomaly sweep's queue: late and double payments are rare, so their index stays small.
        builder.HasIndex(a => a.CompletedAt, "ix_payment_attempts_anomalies").HasFilter("anomaly IS NOT NULL");
    }
}
