namespace PayGov.Providers.ZaloPay;

/// <summary>What to refund (<see cref="ZaloPayClient.RefundAsync"/>); amounts in đồng.</summary>
public sealed class ZaloPayRefundCreateOptions
{
    /// <summary>The refund id <c>yyMMdd_&lt;app_id&gt;_&lt;unique&gt;</c> (<see cref="ZaloPayIds.RefundId"/>), one per refund request.</summary>
    public required string MRefundId { get; init; }

    /// <summary>ZaloPay's <c>zp_trans_id</c> of the payment.</summary>
    public required long ZpTransId { get; init; }

    /// <summary>The amount to refund in đồng, within what is refundable.</summary>
    public required long Amount { get; init; }

    /// <summary>The reason; Vietnamese allowed.</summary>
    public required string Description { get; init; }
}
