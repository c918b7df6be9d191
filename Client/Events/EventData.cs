using System.Text.Json;
using PayGov.Client.Infrastructure;
using PayGov.Client.PaymentIntents;
using PayGov.Client.Refunds;

namespace PayGov.Client.Events;

/// <summary>The object an event is about, as it was right after the change.</summary>
public sealed class EventData
{
    /// <summary>Gets the object as raw JSON; its <c>object</c> field names its kind (for example <c>payment_intent</c>).</summary>
    public JsonElement Object { get; init; }

    /// <summary>
    /// Gets the object's sequence after the change: it grows by one with every change of that object, so a portal that
    /// already applied a higher sequence can drop this event as older.
    /// </summary>
    public int Sequence { get; init; }

    /// <summary>Reads <see cref="Object"/> as a payment intent.</summary>
    /// <returns>The payment intent as it was after the change.</returns>
    /// <exception cref="InvalidOperationException">The object is not a payment intent (check <see cref="Event.Type"/> first).</exception>
    /// <exception cref="PayGovException">The object says it is a payment intent but cannot be read as one.</exception>
    public PaymentIntent ToPaymentIntent() => Read<PaymentIntent>("payment_intent", "payment intent");

    /// <summary>Reads <see cref="Object"/> as a refund (the object of the <c>refund.*</c> events).</summary>
    /// <returns>The refund as it was after the change.</returns>
    /// <exception cref="InvalidOperationException">The object is not a refund (check <see cref="Event.Type"/> first).</exception>
    /// <exception cref="PayGovException">The object says it is a refund but cannot be read as one.</exception>
    public Refund ToRefund() => Read<Refund>("refund", "refund");

    private T Read<T>(string kind, string name)
        where T : class
    {
        if (Object.ValueKind != JsonValueKind.Object
            || !Object.TryGetProperty("object", out var objectKind)
            || objectKind.ValueKind != JsonValueKind.String
            || !objectKind.ValueEquals(kind))
        {
            throw new InvalidOperationException($"The event's object is not a {name}.");
        }

        try
        {
            return Object.Deserialize<T>(ClientJson.Options)
                ?? throw new PayGovException($"The event's {name} is null.");
        }
        catch (JsonException exception)
        {
            throw new PayGovException($"The event's {name} could not be read.", exception);
        }
    }
}
