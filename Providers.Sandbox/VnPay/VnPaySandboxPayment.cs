namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>One payment as the VNPAY sandbox holds it, from the opening of its payment URL; mutable only under <see cref="Gate"/>.</summary>
internal sealed class VnPaySandboxPayment
{
    public required string TxnRef { get; init; }

    public required long Amount { get; init; }

    public required string OrderInfo { get; init; }

    public required string ReturnUrl { get; init; }

    /// <summary><c>vnp_CreateDate</c> as sent; querydr and refund must name it as <c>vnp_TransactionDate</c>.</summary>
    public required string CreateDate { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary><c>vnp_BankCode</c> as requested, or <see langword="null"/> when the citizen chooses.</summary>
    public required string? RequestedBankCode { get; init; }

    /// <summary>The hash data of the opening URL: the same URL opened again shows the same payment.</summary>
    public required string HashData { get; init; }

    public Lock Gate { get; } = new();

    /// <summary>Empty while the citizen has not paid or declined, then a code of table 9.1.</summary>
    public string ResponseCode { get; set; } = string.Empty;

    /// <summary><c>01</c> while waiting, then <c>00</c> paid or <c>02</c> failed.</summary>
    public string TransactionStatus { get; set; } = "01";

    public string TransactionNo { get; set; } = string.Empty;

    public string BankCode { get; set; } = string.Empty;

    public string CardType { get; set; } = string.Empty;

    public DateTimeOffset? CompletedAt { get; set; }

    public List<VnPaySandboxRefund> Refunds { get; } = [];

    public bool IsWaiting => ResponseCode.Length == 0;

    public bool IsPaid => ResponseCode == "00" && TransactionStatus == "00";

    public long RefundedAmount => Refunds.Sum(r => r.Amount);
}
