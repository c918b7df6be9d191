using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Reconciliation;

internal sealed class ReconciliationRunConfiguration : IEntityTypeConfiguration<ReconciliationRun>
{
    public void Configure(EntityTypeBuilder<ReconciliationRun> builder)
    {
        builder.ToTable("reconciliation_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasMaxLength(40);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.TriggeredBy).HasMaxLength(64);
        builder.Property(r => r.Fingerprint).HasMaxLength(64);
        builder.Property(r => r.PreviousRunId).HasMaxLength(40);
        builder.Property(r => r.CausedByRunId).HasMaxLength(40);
        builder.Property(r => r.SupersededById).HasMaxLength(40);
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.Ignore(r => r.IsCurrent);
        builder.HasMany(r => r.Inputs).WithOne().HasForeignKey(i => i.RunId);
        builder.HasIndex(r => new { r.BusinessDay, r.Id });
    }
}
