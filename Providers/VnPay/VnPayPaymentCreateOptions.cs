namespace PayGov.Providers.VnPay;

/// <summary>What to build a VNPAY payment URL with (<see cref="VnPayClient.CreatePaymentUrl"/>); amounts in đồng.</summary>
public sealed class VnPayPaymentCreateOptions
{
    /// <summary>PayGov's attempt reference (<see cref="MerchantReference"/> format), sent as <c>vnp_TxnRef</c>.</summary>
    public required string TxnRef { get; init; }

    /// <summary>The amount in đồng; must be within <see cref="VnPayOptions.MinAmount"/>..<see cref="VnPayOptions.MaxAmount"/>.</summary>
    public required long Amount { get; init; }

    /// <summary>The description; diacritics and special characters are removed before sending (vnpay.md §2.1).</summary>
    public required string OrderInfo { get; init; }

    /// <summary>The citizen's IP address; <see langword="null"/> sends <see cref="VnPayOptions.ServerIpAddress"/>.</summary>
    public string? IpAddress { get; init; }

    /// <summary>When the attempt was created (<c>vnp_CreateDate</c>); querydr and refund must name the same second.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the attempt expires (<c>vnp_ExpireDate</c>), at most the intent's expiry.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>This attempt's return page; <see langword="null"/> uses <see cref="VnPayOptions.ReturnUrl"/>.</summary>
    public Uri? ReturnUrl { get; init; }

    /// <summary><c>vnp_BankCode</c>: <c>VNBANK</c>, <c>INTCARD</c>, <c>VNPAYQR</c> or a bank code; <see langword="null"/> lets the citizen choose on VNPAY's page.</summary>
    public string? BankCode { get; init; }
}
