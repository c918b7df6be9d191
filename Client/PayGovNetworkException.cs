namespace PayGov.Client;

/// <summary>
/// No answer came back: every attempt failed to connect, broke off or timed out. Whether a POST took effect is
/// unknown; send it again with the same <see cref="RequestOptions.IdempotencyKey"/> to find out safely.
/// </summary>
public sealed class PayGovNetworkException : PayGovException
{
    /// <summary>Initializes a new instance of the <see cref="PayGovNetworkException"/> class.</summary>
    /// <param name="message">What went wrong, for people.</param>
    /// <param name="innerException">The last attempt's failure, or <see langword="null"/>.</param>
    public PayGovNetworkException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets how many attempts were made, at least 1.</summary>
    public int Attempts { get; init; }

    /// <summary>Gets the <c>Idempotency-Key</c> every attempt carried, or <see langword="null"/> for a GET; reuse it to retry safely.</summary>
    public string? IdempotencyKey { get; init; }
}
