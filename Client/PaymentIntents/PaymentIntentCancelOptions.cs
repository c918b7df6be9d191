namespace PayGov.Client.PaymentIntents;

/// <summary>What <see cref="PaymentIntentService.CancelAsync"/> sends with a cancellation.</summary>
public sealed class PaymentIntentCancelOptions
{
    /// <summary>Gets why the intent is canceled (at most 200 characters), or <see langword="null"/>.</summary>
    public string? CancellationReason { get; init; }
}
