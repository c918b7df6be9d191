using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayGov.Gateway.Portals;

namespace PayGov.Gateway.Webhooks;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(40);
        builder.Property(e => e.PortalId).HasMaxLength(40);
        builder.Property(e => e.Url).HasMaxLength(2048);
        builder.PrimitiveCollection(e => e.EnabledEvents);
        builder.Property(e => e.Description).HasMaxLength(200);
        builder.Property(e => e.Secret).HasMaxLength(80);
        builder.Property(e => e.PreviousSecret).HasMaxLength(80);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => new { e.PortalId, e.Livemode, e.Id });
        builder.HasOne<Portal>().WithMany().HasForeignKey(e => e.PortalId);
    }
}
