using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Reconciliation;

internal sealed class DayClosureConfiguration : IEntityTypeConfiguration<DayClosure>
{
    public void Configure(EntityTypeBuilder<DayClosure> builder)
    {
        builder.ToTable("reconciliation_day_closures");

        // One closure per day: of two supervisors closing at once, the second insert fails.
        builder.HasKey(c => c.BusinessDay);
        builder.Property(c => c.RunId).HasMaxLength(40);
        builder.Property(c => c.ReportSha256).HasMaxLength(64);
        builder.Property(c => c.ClosedBy).HasMaxLength(64);
        builder.Property(c => c.ClosedByRole).HasMaxLength(16);
        builder.OwnsOne(c => c.Figures, figures =>
        {
            figures.Property(f => f.PaymentsCount).HasColumnName("payments_count");
            figures.Property(f => f.PaymentsAmount).HasColumnName("payments_amount");
            figures.Property(f => f.RefundsCount).HasColumnName("refunds_count");
            figures.Property(f => f.RefundsAmount).HasColumnName("refunds_amount");
            figures.Property(f => f.Net).HasColumnName("net");
        });
        builder.HasOne<ReconciliationRun>().WithMany().HasForeignKey(c => c.RunId);
    }
}
