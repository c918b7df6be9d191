using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Payments;

/// <summary>One transition of an intent, with the object as it was right after it: the event it becomes.</summary>
public sealed record IntentMove(string EventType, int Version, PaymentIntentResponse Snapshot)
{
    /// <summary>The move just made; <paramref name="moved"/> must be a success (callers only ask for legal moves).</summary>
    public static IntentMove Of(PaymentIntent intent, Result<string> moved, Uri publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new IntentMove(moved.Value ?? throw new ArgumentException("Only a move that happened becomes an event.", nameof(moved)), intent.Version, PaymentIntentResponse.From(intent, publicBaseUrl));
    }

    /// <summary>Writes each move's event to the outbox, in the same unit of work as the change itself.</summary>
    public static void AppendEvents(EventOutbox outbox, PayGovDbContext db, PaymentIntent intent, IEnumerable<IntentMove> moves)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(moves);
        foreach (var move in moves)
        {
            outbox.Append(db, intent.PortalId, intent.Livemode, move.EventType, intent.Id, move.Version, move.Snapshot);
        }
    }
}
