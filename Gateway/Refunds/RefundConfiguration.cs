using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Portals;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Refunds;

internal sealed class RefundConfiguration : IEntityTypeConfiguration<Refund>
{
    public void Configure(EntityTypeBuilder<Refund> builder)
    {
        builder.ToTable("refunds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(40);
        builder.Property(r => r.IntentId).HasMaxLength(40);
        builder.Property(r => r.AttemptId).HasMaxLength(40);
        builder.Property(r => r.PortalId).HasMaxLength(40);
        builder.Property(r => r.Reason).HasMaxLength(CreateRefundRequest.MaxReasonLength);
        builder.Property(r => r.Metadata).StoredAsJson();
        builder.Property(r => r.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Provider).HasMaxLength(32);
        builder.Property(r => r.Reference).HasMaxLength(40);
        builder.Property(r => r.ReferenceAtProvider).HasMaxLength(64);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ProviderRefundId).HasMaxLength(64);
        builder.Property(r => r.FailureCode).HasMaxLength(32);
        builder.Property(r => r.Version).IsConcurrencyToken();

        builder.HasOne<PaymentIntent>().WithMany().HasForeignKey(r => r.IntentId);
        builder.HasOne<PaymentAttempt>().WithMany().HasForeignKey(r => r.AttemptId);
        builder.HasOne<Portal>().WithMany().HasForeignKey(r => r.PortalId);

        // The provider de-duplicates refunds by this reference; it must never name two.
        builder.HasIndex(r => r.Reference).IsUnique();

        // A late or double payment is refunded automatically once, however many nodes or callbacks see it.
        builder.HasIndex(r => r.AttemptId, "ix_refunds_automatic_attempt_id").IsUnique().HasFilter("origin = 'Automatic'");

        builder.HasIndex(r => new { r.PortalId, r.Livemode, r.Id });
        builder.HasIndex(r => r.IntentId);

        // The settling job's queue: only pending refunds have a next query time.
        builder.HasIndex(r => r.NextQueryAt).HasFilter("next_query_at IS NOT NULL");
    }
}
