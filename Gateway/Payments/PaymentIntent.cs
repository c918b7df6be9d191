using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using static PayGov.Gateway.Payments.PaymentIntentStatus;

namespace PayGov.Gateway.Payments;

/// <summary>
/// A portal's request to collect one dossier's fees. Its status only moves through
/// <see cref="PaymentIntentTransitions"/>; each move bumps <see cref="Version"/>, which is both the
/// optimistic-concurrency token and the per-object sequence number carried by its events.
/// </summary>
public sealed class PaymentIntent : IPortalOwned
{
    public const string Currency = "VND";

    public required string Id { get; init; }

    public required string PortalId { get; init; }

    public bool Livemode { get; init; }

    public required string Reference { get; init; }

    public string? Description { get; init; }

    /// <summary>Đồng; the sum of the fee items.</summary>
    public long Amount { get; init; }

    public List<FeeItem> FeeItems { get; init; } = [];

    public string? PayerName { get; init; }

    public string? PayerEmail { get; init; }

    public string? PayerPhone { get; init; }

    public string? ReturnUrl { get; init; }

    public Dictionary<string, string> Metadata { get; init; } = [];

    public PaymentIntentStatus Status { get; private set; } = RequiresPaymentMethod;

    /// <summary>Đồng of the portal's refunds that are pending or succeeded (a failed refund gives its amount back).</summary>
    public long AmountRefunded { get; private set; }

    public string? Provider { get; private set; }

    public string? Method { get; private set; }

    /// <summary>The capability that opens this intent's checkout page; the id alone opens nothing.</summary>
    public required string ClientSecret { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? SucceededAt { get; private set; }

    public DateTimeOffset? CanceledAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public int Version { get; private set; } = 1;

    public bool IsOpen => Status is RequiresPaymentMethod or Processing;

    /// <summary>Đồng that a new refund may still take.</summary>
    public long AmountRefundable => Amount - AmountRefunded;

    public Result<string> Cancel(DateTimeOffset now, string? reason)
    {
        if (!IsOpen)
        {
            return new ApiError(
                ErrorCodes.IntentNotCancelable,
                $"A payment intent that is {Status.ToWire()} cannot be canceled.");
        }

        CancellationReason = reason;
        CanceledAt = now;
        return MoveTo(Canceled);
    }

    public Result<string> Expire() => MoveTo(Expired);

    /// <summary>The citizen chose a provider and an attempt started there.</summary>
    public Result<string> StartAttempt(string provider, string method)
    {
        var moved = MoveTo(Processing);
        if (moved.IsSuccess)
        {
            Provider = provider;
            Method = method;
        }

        return moved;
    }

    /// <summary>The provider's verified callback said paid.</summary>
    public Result<string> Succeed(DateTimeOffset now)
    {
        var moved = MoveTo(Succeeded);
        if (moved.IsSuccess)
        {
            SucceededAt = now;
        }

        return moved;
    }

    /// <summary>The attempt failed; the citizen may try again, with another provider too.</summary>
    public Result<string> FailAttempt() => MoveTo(RequiresPaymentMethod);

    /// <summary>
    /// Reserves a refund's amount before the provider is asked, so refunds racing on this intent (each checked
    /// against <see cref="Version"/>) can never add up to more than was paid. Only a succeeded intent is refunded.
    /// </summary>
    public Result<string> ReserveRefund(long amount)
    {
        if (Status != Succeeded)
        {
            return new ApiError(
                ErrorCodes.InvalidStateTransition,
                $"A payment intent that is {Status.ToWire()} cannot be refunded; only a succeeded one can.",
                "payment_intent");
        }

        if (amount <= 0 || amount > AmountRefundable)
        {
            return new ApiError(
                ErrorCodes.AmountExceedsRefundable,
                $"{AmountRefundable} VND of this payment intent can still be refunded.",
                "amount");
        }

        return ChangeAmountRefunded(amount);
    }

    /// <summary>A refund failed: its reserved amount may be refunded again.</summary>
    public string ReleaseRefund(long amount) => ChangeAmountRefunded(-amount);

    private string ChangeAmountRefunded(long change)
    {
        AmountRefunded += change;
        Version++;
        return EventTypes.PaymentIntentAmountRefundedUpdated;
    }

    private Result<string> MoveTo(PaymentIntentStatus next)
    {
        var eventType = PaymentIntentTransitions.EventFor(Status, next);
        if (eventType is null)
        {
            return new ApiError(
                ErrorCodes.InvalidStateTransition,
                $"A payment intent cannot move from {Status.ToWire()} to {next.ToWire()}.");
        }

        Status = next;
        Version++;
        return eventType;
    }
}
