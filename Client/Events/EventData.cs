using System.Text.Json;
using PayGov.Client.Infrastructure;
using PayGov.Client.PaymentIntents;

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
    public PaymentIntent ToPaymentIntent()
    {
        if (Object.ValueKind != JsonValueKind.Object
            || !Object.TryGetProperty("object", out var kind)
            || kind.ValueKind != JsonValueKind.String
            || !kind.ValueEquals("payment_intent"))
        {
            throw new InvalidOperationException("The event's object is not a payment intent.");
        }

        try
        {
            return Object.Deserialize<PaymentIntent>(ClientJson.Options)
                ?? throw new PayGovException("The event's payment intent is null.");
        }
        catch (JsonException exception)
        {
            throw new PayGovException("The event's payment intent could not be read.", exception);
        }
    }
}
