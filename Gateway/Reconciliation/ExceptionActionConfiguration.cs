using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Reconciliation;

internal sealed class ExceptionActionConfiguration : IEntityTypeConfiguration<ExceptionAction>
{
    public void Configure(EntityTypeBuilder<ExceptionAction> builder)
    {
        builder.ToTable("reconciliation_exception_actions");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.ExceptionId).HasMaxLength(40);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.Actor).HasMaxLength(64);
        builder.Property(a => a.ActorRole).HasMaxLength(16);
        builder.Property(a => a.FromStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ToStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.ResolutionCode).HasMaxLength(32);
        builder.Property(a => a.Note).HasMaxLength(2000);
        builder.Property(a => a.RunId).HasMaxLength(40);
        builder.HasOne<ExceptionCase>().WithMany().HasForeignKey(a => a.ExceptionId);
        builder.HasIndex(a => new { a.ExceptionId, a.Id });
    }
}
