using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Portals;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasMaxLength(40);
        builder.Property(k => k.PortalId).HasMaxLength(40);
        builder.Property(k => k.Mode).HasConversion<string>().HasMaxLength(8);
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.Property(k => k.DisplayPrefix).HasMaxLength(16);
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasOne<Portal>().WithMany().HasForeignKey(k => k.PortalId);
    }
}
