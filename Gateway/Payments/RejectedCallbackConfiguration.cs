using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Payments;

internal sealed class RejectedCallbackConfiguration : IEntityTypeConfiguration<RejectedCallback>
{
    public void Configure(EntityTypeBuilder<RejectedCallback> builder)
    {
        builder.ToTable("rejected_callbacks");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.Provider).HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(64);
        builder.Property(r => r.MerchantReference).HasMaxLength(40);
        builder.HasIndex(r => new { r.Provider, r.MerchantReference });
    }
}
