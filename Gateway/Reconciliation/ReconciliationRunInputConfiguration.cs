using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Reconciliation;

internal sealed class ReconciliationRunInputConfiguration : IEntityTypeConfiguration<ReconciliationRunInput>
{
    public void Configure(EntityTypeBuilder<ReconciliationRunInput> builder)
    {
        builder.ToTable("reconciliation_run_inputs");
        builder.HasKey(i => new { i.RunId, i.Source });
        builder.Property(i => i.RunId).HasMaxLength(40);
        builder.Property(i => i.Source).HasMaxLength(48);
        builder.Property(i => i.FileId).HasMaxLength(40);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.HasOne<ReconciliationFile>().WithMany().HasForeignKey(i => i.FileId);
    }
}
