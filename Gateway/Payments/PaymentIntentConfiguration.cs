using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PayGov.Gateway.Portals;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Payments;

internal sealed class PaymentIntentConfiguration : IEntityTypeConfiguration<PaymentIntent>
{
    public void Configure(EntityTypeBuilder<PaymentIntent> builder)
    {
        builder.ToTable("payment_intents");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(40);
        builder.Property(p => p.PortalId).HasMaxLength(40);
        builder.Property(p => p.Reference).HasMaxLength(64);
        builder.Property(p => p.Description).HasMaxLength(500);
        builder.Property(p => p.ReturnUrl).HasMaxLength(2048);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Provider).HasMaxLength(32);
        builder.Property(p => p.Method).HasMaxLength(32);
        builder.Property(p => p.ClientSecret).HasMaxLength(80);
        builder.Property(p => p.CancellationReason).HasMaxLength(200);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.Metadata).StoredAsJson();

        builder.Property(p => p.PayerName).HasMaxLength(200);
        builder.Property(p => p.PayerEmail).HasMaxLength(254);
        builder.Property(p => p.PayerPhone).HasMaxLength(20);

        builder.OwnsMany(p => p.FeeItems, item =>
        {
            item.ToTable("fee_items");
            item.WithOwner().HasForeignKey("IntentId");
            item.Property<string>("IntentId").HasColumnName("intent_id").HasMaxLength(40);
            item.HasKey("IntentId", nameof(FeeItem.ItemNo));
            item.Property(x => x.ItemNo).HasColumnName("item_no").ValueGeneratedNever();
            item.Property(x => x.Code).HasMaxLength(32);
            item.Property(x => x.Name).HasMaxLength(200);
            item.OwnsOne(x => x.Budget, budget =>
            {
                budget.Property(b => b.TreasuryCode).HasColumnName("treasury_code").HasMaxLength(4);
                budget.Property(b => b.BudgetChapter).HasColumnName("budget_chapter").HasMaxLength(3);
                budget.Property(b => b.BudgetSubItem).HasColumnName("budget_sub_item").HasMaxLength(4);
                budget.Property(b => b.RevenueAgency).HasColumnName("revenue_agency").HasMaxLength(7);
                budget.Property(b => b.AreaCode).HasColumnName("area_code").HasMaxLength(5);
            });
        });

        builder.HasOne<Portal>().WithMany().HasForeignKey(p => p.PortalId);
        builder.HasIndex(p => new { p.PortalId, p.Livemode, p.Id });
        builder.HasIndex(p => new { p.PortalId, p.Reference });
        builder.HasIndex(p => new { p.Status, p.ExpiresAt });
    }
}
