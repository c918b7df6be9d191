namespace PayGov.Client.Tests.Fixtures;

/// <summary>
/// Sits in the client's HttpClient pipeline and records each attempt the client makes, in order, before it goes
/// over the socket to the real gateway; subclasses break the transport in one chosen way.
/// </summary>
public class AttemptRecorder : DelegatingHandler
{
    private readonly List<string?> idempotencyKeys = [];
    private readonly List<HttpStatusCode> serverAnswers = [];
    private readonly List<string> requestPaths = [];

    /// <summary>The <c>Idempotency-Key</c> of each attempt (null when it had none).</summary>
    public IReadOnlyList<string?> IdempotencyKeys
    {
        get
        {
            lock (idempotencyKeys)
            {
                return [.. idempotencyKeys];
            }
        }
    }

    /// <summary>The path and query of each attempt, as sent.</summary>
    public IReadOnlyList<string> RequestPaths
    {
        get
        {
            lock (idempotencyKeys)
            {
                return [.. requestPaths];
            }
        }
    }

    /// <summary>What the real gateway answered to each attempt that reached it.</summary>
    public IReadOnlyList<HttpStatusCode> ServerAnswers
    {
        get
        {
            lock (serverAnswers)
            {
                return [.. serverAnswers];
            }
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int attempt;
        lock (idempotencyKeys)
        {
            idempotencyKeys.Add(request.Headers.TryGetValues("Idempotency-Key", out var values) ? values.Single() : null);
            requestPaths.Add(request.RequestUri!.PathAndQuery);
            attempt = idempotencyKeys.Count;
        }

        return AnswerAsync(attempt, request, cancellationToken);
    }

    protected virtual Task<HttpResponseMessage> AnswerAsync(int attempt, HttpRequestMessage request, CancellationToken cancellationToken) =>
        ForwardAsync(request, cancellationToken);

    protected async Task<HttpResponseMessage> ForwardAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        lock (serverAnswers)
        {
            serverAnswers.Add(response.StatusCode);
        }

        return response;
    }
}
