using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Treasury;

internal sealed class TreasuryUserConfiguration : IEntityTypeConfiguration<TreasuryUser>
{
    public void Configure(EntityTypeBuilder<TreasuryUser> builder)
    {
        builder.ToTable("treasury_users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasMaxLength(40);
        builder.Property(u => u.Username).HasMaxLength(64);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.PasswordHash).HasMaxLength(256);
        builder.Property(u => u.SecurityStamp).HasMaxLength(64);
        builder.HasIndex(u => u.Username).IsUnique();
    }
}
