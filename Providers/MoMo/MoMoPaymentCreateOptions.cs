namespace PayGov.Providers.MoMo;

/// <summary>What to create a MoMo payment with (<see cref="MoMoClient.CreatePaymentAsync"/>); amounts in đồng.</summary>
public sealed class MoMoPaymentCreateOptions
{
    /// <summary>PayGov's attempt reference (<see cref="MerchantReference"/> format), sent as <c>orderId</c>.</summary>
    public required string OrderId { get; init; }

    /// <summary>The amount in đồng; must be within <see cref="MoMoOptions.MinAmount"/>..<see cref="MoMoOptions.MaxAmount"/>.</summary>
    public required long Amount { get; init; }

    /// <summary>The text shown to the payer (<c>orderInfo</c>, at most 255 characters, Vietnamese allowed, no <c>&amp;</c> or <c>=</c>).</summary>
    public required string OrderInfo { get; init; }

    /// <summary>The methods MoMo's page offers; default the wallet.</summary>
    public MoMoRequestType RequestType { get; init; } = MoMoRequestType.CaptureWallet;

    /// <summary><c>extraData</c>: empty, or Base64 of UTF-8 JSON; echoed in the IPN, informational only.</summary>
    public string ExtraData { get; init; } = string.Empty;

    /// <summary>This attempt's return page; <see langword="null"/> uses <see cref="MoMoOptions.RedirectUrl"/>.</summary>
    public Uri? RedirectUrl { get; init; }
}
