namespace PayGov.Providers.VnPay;

/// <summary>What to refund (<see cref="VnPayClient.RefundAsync"/>); amounts in đồng.</summary>
public sealed class VnPayRefundCreateOptions
{
    /// <summary>PayGov's reference for this refund (<see cref="MerchantReference"/> format), sent as <c>vnp_RequestId</c>; VNPAY's settlement file names the refund by it.</summary>
    public required string RefundId { get; init; }

    /// <summary>The refunded payment's <c>vnp_TxnRef</c>.</summary>
    public required string TxnRef { get; init; }

    /// <summary>VNPAY's <c>vnp_TransactionNo</c> of the payment (from the IPN or a query); PayGov always sends it (vnpay.md §11).</summary>
    public required string TransactionNo { get; init; }

    /// <summary>The payment's <c>vnp_CreateDate</c>, sent as <c>vnp_TransactionDate</c>.</summary>
    public required DateTimeOffset TransactionDate { get; init; }

    /// <summary>The amount to refund in đồng; the total refunded stays within the paid amount.</summary>
    public required long Amount { get; init; }

    /// <summary>The payment's amount in đồng: refunding all of it is a full refund (<c>02</c>), anything less partial (<c>03</c>).</summary>
    public required long PaymentAmount { get; init; }

    /// <summary>Who asked for the refund (<c>vnp_CreateBy</c>).</summary>
    public required string CreatedBy { get; init; }

    /// <summary>The reason (<c>vnp_OrderInfo</c>); transliterated like a payment's description.</summary>
    public required string Reason { get; init; }
}
