namespace PayGov.Gateway.Refunds;

/// <summary>Why a refund failed or needs an accountant (the refund's <c>failure_code</c>); the provider's own code is logged.</summary>
public static class RefundFailureCodes
{
    /// <summary>The provider refused the refund, or answered a code PayGov does not know (never taken as success).</summary>
    public const string ProviderDeclined = "provider_declined";

    /// <summary>The provider could not be reached, so provably nothing was refunded.</summary>
    public const string ProviderUnavailable = "provider_unavailable";

    /// <summary>The provider offers no refund by API (bank transfer), or is not configured on this gateway any more.</summary>
    public const string ManualRefundRequired = "manual_refund_required";
}
