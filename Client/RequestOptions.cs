namespace PayGov.Client;

/// <summary>Per-call settings that override the client's, and never travel in the request body.</summary>
public sealed class RequestOptions
{
    /// <summary>Gets the API key for this call only, or <see langword="null"/> to use <see cref="PayGovClientOptions.ApiKey"/>.</summary>
    public string? ApiKey { get; init; }

    /// <summary>
    /// Gets the <c>Idempotency-Key</c> for a POST (1 to 255 printable ASCII characters), or <see langword="null"/> to let
    /// the client generate one for this call. Give your own, derived from the dossier, when the same logical
    /// request may be sent again after your process restarts; PayGov then answers the first response again.
    /// Ignored on GET.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the limit for each attempt of this call, or <see langword="null"/> to use <see cref="PayGovClientOptions.Timeout"/>.</summary>
    public TimeSpan? Timeout { get; init; }
}
