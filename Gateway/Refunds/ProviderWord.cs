using PayGov.Providers;

namespace PayGov.Gateway.Refunds;

/// <summary>A provider's answer about a refund, reduced to what it does to the refund.</summary>
internal sealed record ProviderWord(RefundVerdict Verdict, string? ProviderRefundId, string? FailureCode, string? ProviderCode)
{
    /// <summary>No refund by API: an accountant pays it back by hand.</summary>
    public static ProviderWord Manual { get; } = new(RefundVerdict.RequiresAction, null, null, null);

    /// <summary>The call may have reached the provider, or came back without an answer: only a later question settles it.</summary>
    public static ProviderWord Unanswered { get; } = new(RefundVerdict.Pending, null, null, null);

    /// <summary>The provider was provably never reached: nothing was refunded.</summary>
    public static ProviderWord Unreachable { get; } = new(RefundVerdict.Failed, null, RefundFailureCodes.ProviderUnavailable, null);

    public static ProviderWord Of(ProviderRefundResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verdict = result.Outcome switch
        {
            RefundOutcome.Succeeded => RefundVerdict.Succeeded,
            RefundOutcome.Pending => RefundVerdict.Pending,
            RefundOutcome.ManualRequired => RefundVerdict.RequiresAction,
            // Refused, or a code PayGov does not know: never a success (momo.md §8: "failed, raise an exception").
            _ => RefundVerdict.Failed,
        };
        return new ProviderWord(verdict, result.ProviderRefundId, verdict == RefundVerdict.Failed ? RefundFailureCodes.ProviderDeclined : null, result.ProviderCode);
    }
}
