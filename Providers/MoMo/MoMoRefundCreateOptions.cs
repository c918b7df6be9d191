namespace PayGov.Providers.MoMo;

/// <summary>What to refund (<see cref="MoMoClient.RefundAsync"/>); amounts in đồng.</summary>
public sealed class MoMoRefundCreateOptions
{
    /// <summary>PayGov's new reference for this refund (<see cref="MerchantReference"/> format), sent as <c>orderId</c> and <c>requestId</c>; never the payment's order id.</summary>
    public required string RefundId { get; init; }

    /// <summary>MoMo's <c>transId</c> of the payment (from the IPN or a query).</summary>
    public required long TransId { get; init; }

    /// <summary>The amount to refund in đồng, at least 1,000; the total refunded stays within the paid amount.</summary>
    public required long Amount { get; init; }

    /// <summary>The reason (<c>description</c>), may be empty; Vietnamese allowed, no <c>&amp;</c> or <c>=</c>.</summary>
    public string Description { get; init; } = string.Empty;
}
