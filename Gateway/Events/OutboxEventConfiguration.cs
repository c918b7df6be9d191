using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayGov.Gateway.Portals;

namespace PayGov.Gateway.Events;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(40);
        builder.Property(e => e.PortalId).HasMaxLength(40);
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.Property(e => e.ObjectId).HasMaxLength(40);
        builder.HasIndex(e => new { e.PortalId, e.Livemode, e.Id });
        // One event per version of an object: a second writer of the same version is a lost race, not a new fact.
        builder.HasIndex(e => new { e.ObjectId, e.ObjectSequence }).IsUnique();
        // The fan-out takes the oldest events not yet fanned out; only those are in this index, in id order,
        // so finding them costs the size of the backlog, not of the whole table.
        builder.HasIndex(e => e.Id, "ix_events_awaiting_fan_out").HasFilter("fanned_out_at IS NULL");
        builder.HasOne<Portal>().WithMany().HasForeignKey(e => e.PortalId);
    }
}
