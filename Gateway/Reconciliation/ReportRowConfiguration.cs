using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Reconciliation;

internal sealed class ReportRowConfiguration : IEntityTypeConfiguration<ReportRow>
{
    public void Configure(EntityTypeBuilder<ReportRow> builder)
    {
        builder.ToTable("reconciliation_report_rows");
        builder.HasKey(r => new { r.RunId, r.Dimension, r.Key });
        builder.Property(r => r.RunId).HasMaxLength(40);
        builder.Property(r => r.Dimension).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Key).HasMaxLength(80);
        builder.Property(r => r.TreasuryCode).HasMaxLength(4);
        builder.Property(r => r.BudgetChapter).HasMaxLength(3);
        builder.Property(r => r.BudgetSubItem).HasMaxLength(4);
        builder.Property(r => r.RevenueAgency).HasMaxLength(7);
        builder.Property(r => r.AreaCode).HasMaxLength(5);
        builder.HasOne<ReconciliationRun>().WithMany().HasForeignKey(r => r.RunId);
    }
}
