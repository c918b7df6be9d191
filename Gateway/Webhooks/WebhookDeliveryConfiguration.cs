using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayGov.Gateway.Events;

namespace PayGov.Gateway.Webhooks;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(40);
        builder.Property(d => d.EventId).HasMaxLength(40);
        builder.Property(d => d.EndpointId).HasMaxLength(40);
        builder.Property(d => d.PortalId).HasMaxLength(40);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LeaseOwner).HasMaxLength(40);
        builder.Property(d => d.LastError).HasMaxLength(200);
        // One delivery per event and endpoint: fan-out run twice (two nodes, a retry) cannot send an event twice.
        builder.HasIndex(d => new { d.EventId, d.EndpointId }).IsUnique();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasOne<OutboxEvent>().WithMany().HasForeignKey(d => d.EventId);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId);
        builder.OwnsMany(d => d.Attempts, attempt =>
        {
            attempt.ToTable("webhook_attempts");
            attempt.WithOwner().HasForeignKey("DeliveryId");
            attempt.Property<string>("DeliveryId").HasColumnName("delivery_id").HasMaxLength(40);
            attempt.HasKey("DeliveryId", nameof(WebhookAttempt.AttemptNo));
            attempt.Property(a => a.AttemptNo).HasColumnName("attempt_no").ValueGeneratedNever();
            attempt.Property(a => a.Error).HasMaxLength(200);
        });
    }
}
