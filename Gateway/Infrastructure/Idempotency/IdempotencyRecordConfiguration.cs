using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayGov.Gateway.Portals;

namespace PayGov.Gateway.Infrastructure.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_records");
        builder.HasKey(r => new { r.PortalId, r.Livemode, r.Key });
        builder.Property(r => r.PortalId).HasMaxLength(40);
        builder.Property(r => r.Key).HasMaxLength(IdempotencyKey.MaxLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResourceId).HasMaxLength(40);
        builder.HasOne<Portal>().WithMany().HasForeignKey(r => r.PortalId);
    }
}
