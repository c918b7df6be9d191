namespace PayGov.Providers.VnPay;

/// <summary>Which payment to ask VNPAY about (<see cref="VnPayClient.QueryAsync"/>).</summary>
public sealed class VnPayQueryOptions
{
    /// <summary>The payment's <c>vnp_TxnRef</c>.</summary>
    public required string TxnRef { get; init; }

    /// <summary>The payment's <c>vnp_CreateDate</c> (sent as <c>vnp_TransactionDate</c>): VNPAY finds a payment by reference and date.</summary>
    public required DateTimeOffset TransactionDate { get; init; }

    /// <summary>VNPAY's <c>vnp_TransactionNo</c> of the payment, when known; sent but not signed.</summary>
    public string? TransactionNo { get; init; }
}
