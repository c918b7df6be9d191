namespace PayGov.Providers.ZaloPay;

/// <summary>What to create a ZaloPay order with (<see cref="ZaloPayClient.CreateOrderAsync"/>); amounts in đồng.</summary>
public sealed class ZaloPayOrderCreateOptions
{
    /// <summary>The order id: today's GMT+7 <c>yyMMdd_</c> then a unique part (<see cref="ZaloPayIds.AppTransId"/>), at most 40 characters.</summary>
    public required string AppTransId { get; init; }

    /// <summary>The payer's identity as ZaloPay sees it; PayGov sends the portal id, never personal data (at most 50 characters).</summary>
    public required string AppUser { get; init; }

    /// <summary>The amount in đồng, within <see cref="ZaloPayOptions.MinAmount"/>..<see cref="ZaloPayOptions.MaxAmount"/>.</summary>
    public required long Amount { get; init; }

    /// <summary>The text shown to the payer (at most 256 characters, Vietnamese allowed).</summary>
    public required string Description { get; init; }

    /// <summary>The fee items as a JSON array text, sent and signed verbatim; <c>[]</c> when none.</summary>
    public string ItemJson { get; init; } = "[]";

    /// <summary>PayGov's intent id, echoed in <c>embed_data</c>; informational only.</summary>
    public string? IntentId { get; init; }

    /// <summary>This order's return page; <see langword="null"/> uses <see cref="ZaloPayOptions.RedirectUrl"/>.</summary>
    public Uri? RedirectUrl { get; init; }

    /// <summary>How long the order may be paid; <see langword="null"/> leaves ZaloPay's default. Sent in whole seconds (300 to 2,592,000).</summary>
    public TimeSpan? ExpireAfter { get; init; }
}
