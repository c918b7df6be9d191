using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Reconciliation;

internal sealed class ReconciliationFileConfiguration : IEntityTypeConfiguration<ReconciliationFile>
{
    public void Configure(EntityTypeBuilder<ReconciliationFile> builder)
    {
        builder.ToTable("reconciliation_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasMaxLength(40);
        builder.Property(f => f.Source).HasMaxLength(48);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Origin).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.ReceivedBy).HasMaxLength(64);
        builder.Property(f => f.SupersededById).HasMaxLength(40);
        builder.Property(f => f.SupersededBy).HasMaxLength(64);
        builder.Ignore(f => f.IsCurrent);
        // The same bytes for the same input are one version, however often they arrive.
        builder.HasIndex(f => new { f.Source, f.BusinessDay, f.Sha256 }).IsUnique();
        builder.HasIndex(f => new { f.BusinessDay, f.Source, f.Id });
    }
}
