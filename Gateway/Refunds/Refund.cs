using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Refunds;

/// <summary>
/// Money given back for one paid attempt of an intent. Its reference is PayGov's name for it at the provider, which
/// de-duplicates by it, so a refund sent again after doubt can never pay out twice. Each change of status bumps
/// <see cref="Version"/>, the optimistic-concurrency token and the sequence its events carry.
/// </summary>
public sealed class Refund : IPortalOwned
{
    public required string Id { get; init; }

    public required string IntentId { get; init; }

    /// <summary>The paid attempt refunded: the intent's payment, or for an automatic refund a late or double payment.</summary>
    public required string AttemptId { get; init; }

    public required string PortalId { get; init; }

    public bool Livemode { get; init; }

    /// <summary>Đồng, positive.</summary>
    public long Amount { get; init; }

    /// <summary>The portal's reason; for an automatic refund, the attempt's anomaly (<c>late_payment</c>, <c>double_payment</c>).</summary>
    public string? Reason { get; init; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public RefundOrigin Origin { get; init; }

    /// <summary>The provider's wire name, that of the refunded attempt.</summary>
    public required string Provider { get; init; }

    /// <summary>PayGov's reference of this refund at the provider (a merchant reference: MoMo <c>orderId</c>, ZaloPay <c>m_refund_id</c>'s unique part).</summary>
    public required string Reference { get; init; }

    /// <summary>
    /// The refund's name at the provider, fixed when it is created: the reference itself, or for ZaloPay the
    /// <c>m_refund_id</c> built from it and the app id of that moment. The gateway ledger lists the refund by it.
    /// </summary>
    public required string ReferenceAtProvider { get; init; }

    public RefundStatus Status { get; private set; } = RefundStatus.Pending;

    public string? ProviderRefundId { get; private set; }

    /// <summary>Why it failed or needs an accountant (<see cref="RefundFailureCodes"/>).</summary>
    public string? FailureCode { get; private set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>When the settling job asks the provider next; <see langword="null"/> once the refund is final.</summary>
    public DateTimeOffset? NextQueryAt { get; private set; }

    /// <summary>How many times the provider has been asked about this refund.</summary>
    public int Queries { get; private set; }

    public int Version { get; private set; } = 1;

    public bool IsPending => Status == RefundStatus.Pending;

    /// <summary>Whether its amount counts in the intent's <c>amount_refunded</c>: a portal's refund that has not failed.</summary>
    public bool HoldsIntentAmount => Origin == RefundOrigin.Portal && Status != RefundStatus.Failed;

    /// <summary>The event of its creation: pending, asked about at <paramref name="firstQueryAt"/> unless the provider answers first.</summary>
    public string Created(DateTimeOffset firstQueryAt)
    {
        NextQueryAt = firstQueryAt;
        return EventTypes.RefundCreated;
    }

    public string Succeed(string? providerRefundId, DateTimeOffset now)
    {
        ProviderRefundId = providerRefundId ?? ProviderRefundId;
        return Complete(RefundStatus.Succeeded, null, now, EventTypes.RefundSucceeded);
    }

    public string Fail(string failureCode, DateTimeOffset now) => Complete(RefundStatus.Failed, failureCode, now, EventTypes.RefundFailed);

    public string RequireAction(DateTimeOffset now) =>
        Complete(RefundStatus.RequiresAction, RefundFailureCodes.ManualRefundRequired, now, EventTypes.RefundRequiresAction);

    /// <summary>Still pending after the provider was asked (or could not answer): ask again at <paramref name="nextQueryAt"/>.</summary>
    public void Queried(string? providerRefundId, DateTimeOffset nextQueryAt)
    {
        ProviderRefundId = providerRefundId ?? ProviderRefundId;
        Queries++;
        NextQueryAt = nextQueryAt;
    }

    private string Complete(RefundStatus status, string? failureCode, DateTimeOffset now, string eventType)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Refund {Id} is already {Status}; only a pending refund completes.");
        }

        Status = status;
        FailureCode = failureCode;
        CompletedAt = now;
        NextQueryAt = null;
        Version++;
        return eventType;
    }
}
