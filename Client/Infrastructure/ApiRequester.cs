using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace PayGov.Client.Infrastructure;

/// <summary>
/// Sends one logical call: authenticates it, gives every POST an idempotency key, and retries what is safe to
/// retry with capped exponential back-off and jitter. The same key goes with every attempt, so a POST whose first
/// answer was lost is replayed by the gateway instead of applied twice.
/// </summary>
internal sealed class ApiRequester
{
    internal const string IdempotencyKeyHeader = "Idempotency-Key";
    internal const string ReplayedHeader = "Idempotent-Replayed";
    internal static readonly TimeSpan MinRetryDelay = TimeSpan.FromMilliseconds(500);
    internal static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    // A Retry-After longer than this is the gateway saying "not soon": waiting that long inside one call would
    // hold the portal's own request hostage, so the 429 goes to the caller instead.
    internal static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    // Tells PayGov's operators which library and version a portal runs, as Stripe.net's User-Agent does.
    private static readonly string LibraryVersion = typeof(ApiRequester).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private readonly HttpClient http;
    private readonly PayGovClientOptions options;
    private readonly TimeProvider time;
    private readonly Uri baseUrl;

    public ApiRequester(HttpClient http, PayGovClientOptions options, TimeProvider time)
    {
        this.http = http;
        this.options = options;
        this.time = time;

        // Without a trailing slash, relative resolution would drop the base's last segment (a path prefix).
        var url = options.BaseUrl.AbsoluteUri;
        baseUrl = url.EndsWith('/') ? options.BaseUrl : new Uri(url + "/");
    }

    public Task<T> GetAsync<T>(string path, RequestOptions? requestOptions, CancellationToken cancellationToken)
        where T : PayGovEntity =>
        SendAsync<T>(HttpMethod.Get, path, body: null, requestOptions, cancellationToken);

    public Task<T> PostAsync<T>(string path, object body, RequestOptions? requestOptions, CancellationToken cancellationToken)
        where T : PayGovEntity =>
        SendAsync<T>(HttpMethod.Post, path, JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ClientJson.Options), requestOptions, cancellationToken);

    public Task<T> DeleteAsync<T>(string path, RequestOptions? requestOptions, CancellationToken cancellationToken)
        where T : PayGovEntity =>
        SendAsync<T>(HttpMethod.Delete, path, body: null, requestOptions, cancellationToken);

    public Task<PayGovList<T>> ListAsync<T>(string path, ListOptions list, string? startingAfter, RequestOptions? requestOptions, CancellationToken cancellationToken)
    {
        var query = new QueryBuilder();
        list.AddFilters(query);
        query.Add("limit", list.Limit);
        query.Add("starting_after", startingAfter);
        return GetAsync<PayGovList<T>>(path + query, requestOptions, cancellationToken);
    }

    public async IAsyncEnumerable<T> ListAutoPagingAsync<T>(
        string path,
        ListOptions list,
        Func<T, string> idOf,
        RequestOptions? requestOptions,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var startingAfter = list.StartingAfter;
        while (true)
        {
            var page = await ListAsync<T>(path, list, startingAfter, requestOptions, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Data)
            {
                yield return item;
            }

            if (!page.HasMore || page.Data.Count == 0)
            {
                yield break;
            }

            startingAfter = idOf(page.Data[^1]);
        }
    }

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based), or null when the answer says not to wait for it.</summary>
    internal static TimeSpan? RetryDelay(int retry, TimeSpan? retryAfter)
    {
        if (retryAfter > MaxRetryAfter)
        {
            return null;
        }

        var exponential = MinRetryDelay * Math.Pow(2, Math.Min(retry - 1, 16));
        var capped = exponential < MaxRetryDelay ? exponential : MaxRetryDelay;

        // Between half and all of the capped delay, so portals that failed together do not come back together.
        var jittered = capped * (RandomNumberGenerator.GetInt32(500, 1001) / 1000.0);
        return retryAfter > jittered ? retryAfter : jittered;
    }

    internal static bool IsRetryable(HttpStatusCode status, string? code) =>
        status == HttpStatusCode.TooManyRequests
        || (int)status >= 500
        || (status == HttpStatusCode.Conflict && code == ErrorCodes.IdempotencyKeyInUse);

    private static string NewIdempotencyKey() => "paygov-net-" + Guid.NewGuid().ToString("N");

    // The gateway's rule, checked here so a bad key fails before any attempt instead of after the retries.
    private static bool IsValidIdempotencyKey(string key) => key.Length is > 0 and <= 255 && key.All(c => c is >= '!' and <= '~');

    private async Task<T> SendAsync<T>(HttpMethod method, string path, byte[]? body, RequestOptions? requestOptions, CancellationToken cancellationToken)
        where T : PayGovEntity
    {
        var uri = new Uri(baseUrl, path);
        var apiKey = requestOptions?.ApiKey ?? options.ApiKey;
        var timeout = requestOptions?.Timeout ?? options.Timeout;
        string? idempotencyKey = null;
        if (method == HttpMethod.Post)
        {
            // Generated once per logical call, outside the loop: every retry must carry the same key.
            idempotencyKey = requestOptions?.IdempotencyKey ?? NewIdempotencyKey();
            if (!IsValidIdempotencyKey(idempotencyKey))
            {
                throw new ArgumentException("An idempotency key is 1 to 255 printable ASCII characters without spaces.", nameof(requestOptions));
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            var exchange = await AttemptAsync(method, uri, apiKey, idempotencyKey, body, timeout, cancellationToken).ConfigureAwait(false);
            if (exchange.IsSuccess)
            {
                return Read<T>(exchange, idempotencyKey, attempt);
            }

            var mayRetry = attempt <= options.MaxNetworkRetries;
            TimeSpan? delay;
            if (exchange.Failure is { } failure)
            {
                delay = mayRetry ? RetryDelay(attempt, retryAfter: null) : null;
                if (delay is null)
                {
                    throw new PayGovNetworkException(
                        string.Create(CultureInfo.InvariantCulture, $"No answer from PayGov for {method} {uri.AbsolutePath} after {attempt} attempt(s)."),
                        failure)
                    {
                        Attempts = attempt,
                        IdempotencyKey = idempotencyKey,
                    };
                }
            }
            else
            {
                var problem = Problem.Parse(exchange.Body);
                delay = mayRetry && IsRetryable(exchange.Status, problem.Code) ? RetryDelay(attempt, exchange.RetryAfter) : null;
                if (delay is null)
                {
                    throw problem.ToException(exchange.Status, exchange.Body);
                }
            }

            await Task.Delay(delay.Value, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Exchange> AttemptAsync(
        HttpMethod method, Uri uri, string apiKey, string? idempotencyKey, byte[]? body, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("PayGov.Client", LibraryVersion));
        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        using var attemptTimeout = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
        try
        {
            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(linked.Token).ConfigureAwait(false);
            return new Exchange(response.StatusCode, text, Replayed(response), RetryAfterOf(response), Failure: null);
        }
        catch (HttpRequestException exception)
        {
            return Exchange.Failed(exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation, so the attempt timed out (ours or the HttpClient's): a connection failure.
            return Exchange.Failed(new TimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"The attempt took longer than {timeout}."), exception));
        }
    }

    private static bool Replayed(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ReplayedHeader, out var values)
        && values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static T Read<T>(Exchange exchange, string? idempotencyKey, int attempts)
        where T : PayGovEntity
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(exchange.Body, ClientJson.Options);
        }
        catch (JsonException exception)
        {
            throw new PayGovException("PayGov's answer could not be read as the expected object.", exception)
            {
                HttpStatus = exchange.Status,
                RawBody = exchange.Body,
            };
        }

        if (value is null)
        {
            throw new PayGovException("PayGov answered null where an object was expected.") { HttpStatus = exchange.Status, RawBody = exchange.Body };
        }

        value.LastResponse = new PayGovResponse(exchange.Status, idempotencyKey, exchange.Replayed, attempts);
        return value;
    }

    private sealed record Exchange(HttpStatusCode Status, string Body, bool Replayed, TimeSpan? RetryAfter, Exception? Failure)
    {
        public bool IsSuccess => Failure is null && (int)Status is >= 200 and < 300;

        public static Exchange Failed(Exception failure) => new(default, string.Empty, false, null, failure);
    }
}
