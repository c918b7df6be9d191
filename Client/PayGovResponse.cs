using System.Net;

namespace PayGov.Client;

/// <summary>What the HTTP exchange that produced an object said besides the object itself.</summary>
public sealed class PayGovResponse
{
    /// <summary>Initializes a new instance of the <see cref="PayGovResponse"/> class.</summary>
    /// <param name="statusCode">The HTTP status of the answer.</param>
    /// <param name="idempotencyKey">The <c>Idempotency-Key</c> the request carried, or <see langword="null"/> for a GET.</param>
    /// <param name="idempotentReplayed">Whether PayGov answered a stored response instead of running the request again.</param>
    /// <param name="attempts">How many HTTP attempts the call took, at least 1.</param>
    public PayGovResponse(HttpStatusCode statusCode, string? idempotencyKey, bool idempotentReplayed, int attempts)
    {
        StatusCode = statusCode;
        IdempotencyKey = idempotencyKey;
        IdempotentReplayed = idempotentReplayed;
        Attempts = attempts;
    }

    /// <summary>Gets the HTTP status of the answer (for example 201 for a created intent, or 201 again for its replay).</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Gets the <c>Idempotency-Key</c> the request carried (the caller's or the generated one), or <see langword="null"/> for a GET.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>Gets a value indicating whether PayGov replayed the first response to this key (header <c>Idempotent-Replayed: true</c>).</summary>
    public bool IdempotentReplayed { get; }

    /// <summary>Gets how many HTTP attempts the call took: 1 plus the retries the client made.</summary>
    public int Attempts { get; }
}
