using PayGov.Gateway.Events;
using static PayGov.Gateway.Payments.PaymentIntentStatus;

namespace PayGov.Gateway.Payments;

/// <summary>
/// The one table of moves a payment intent may make, and the event each move emits. A move that is not
/// listed is refused; nothing else in the code decides whether a transition is legal.
/// </summary>
public static class PaymentIntentTransitions
{
    private static readonly Dictionary<(PaymentIntentStatus From, PaymentIntentStatus To), string> Allowed = new()
    {
        [(RequiresPaymentMethod, Processing)] = EventTypes.PaymentIntentProcessing,
        [(Processing, Succeeded)] = EventTypes.PaymentIntentSucceeded,
        [(Processing, RequiresPaymentMethod)] = EventTypes.PaymentIntentPaymentFailed,
        [(RequiresPaymentMethod, Canceled)] = EventTypes.PaymentIntentCanceled,
        [(Processing, Canceled)] = EventTypes.PaymentIntentCanceled,
        [(RequiresPaymentMethod, Expired)] = EventTypes.PaymentIntentExpired,
        [(Processing, Expired)] = EventTypes.PaymentIntentExpired,
    };

    public static IEnumerable<(PaymentIntentStatus From, PaymentIntentStatus To, string EventType)> All =>
        Allowed.Select(pair => (pair.Key.From, pair.Key.To, pair.Value));

    public static string? EventFor(PaymentIntentStatus from, PaymentIntentStatus to) =>
        Allowed.TryGetValue((from, to), out var eventType) ? eventType : null;
}
