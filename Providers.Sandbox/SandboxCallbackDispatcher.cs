using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PayGov.Providers.Sandbox;

/// <summary>
/// Delivers the sandbox's callbacks in the background with each provider's retry pattern. It owns every
/// delivery it starts and waits for them when the host stops, so nothing is fire-and-forget.
/// </summary>
public sealed class SandboxCallbackDispatcher : BackgroundService
{
    /// <summary>The name of the <see cref="HttpClient"/> callbacks are sent with.</summary>
    public const string HttpClientName = "PayGov.Providers.Sandbox.Callbacks";

    private readonly Channel<(SandboxCallback Callback, TimeSpan FirstDelay)> queue = Channel.CreateUnbounded<(SandboxCallback, TimeSpan)>();
    private readonly ConcurrentDictionary<Task, byte> deliveries = new();
    private readonly IHttpClientFactory httpClientFactory;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<SandboxCallbackDispatcher> logger;

    /// <summary>Creates the dispatcher.</summary>
    /// <param name="httpClientFactory">Gives the callback client.</param>
    /// <param name="timeProvider">The clock of the retry delays.</param>
    /// <param name="logger">Delivery logs.</param>
    public SandboxCallbackDispatcher(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<SandboxCallbackDispatcher> logger)
    {
        this.httpClientFactory = httpClientFactory;
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>
    /// Queues a callback under the provider's callback faults: none at all, sent twice, or late. It is delivered
    /// in the background.
    /// </summary>
    /// <param name="callback">The callback.</param>
    /// <param name="faults">The provider's switches when the payment completed.</param>
    public void Enqueue(SandboxCallback callback, SandboxFaults faults)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(faults);
        if (faults.NoCallbacks)
        {
            return;
        }

        var firstDelay = TimeSpan.FromMilliseconds(faults.LateCallbackMs);
        queue.Writer.TryWrite((callback, firstDelay));
        if (faults.DuplicateCallbacks)
        {
            queue.Writer.TryWrite((callback, firstDelay));
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (callback, firstDelay) in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            var delivery = DeliverAsync(callback, firstDelay, stoppingToken);
            deliveries.TryAdd(delivery, 0);
            _ = delivery.ContinueWith(t => deliveries.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(deliveries.Keys).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task DeliverAsync(SandboxCallback callback, TimeSpan firstDelay, CancellationToken stoppingToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        var delays = new List<TimeSpan> { firstDelay };
        delays.AddRange(callback.RetryDelays);
        var attempts = 0;
        for (var attempt = 1; attempt <= delays.Count; attempt++)
        {
            await Task.Delay(delays[attempt - 1], timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            attempts = attempt;
            var isLast = attempt == delays.Count;
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            if (callback.AttemptTimeout is { } limit)
            {
                attemptTimeout.CancelAfter(limit);
            }

            try
            {
                using var request = new HttpRequestMessage(callback.Method, callback.Target);
                if (callback.JsonBody is not null)
                {
                    request.Content = new StringContent(callback.JsonBody, System.Text.Encoding.UTF8, "application/json");
                }

                foreach (var (name, value) in callback.HeadersFor?.Invoke(attempt) ?? new Dictionary<string, string>())
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                using var response = await http.SendAsync(request, attemptTimeout.Token).ConfigureAwait(false);
                var body = await response.Content.ReadAsStringAsync(attemptTimeout.Token).ConfigureAwait(false);
                if (callback.IsAccepted(response.StatusCode, body))
                {
                    SandboxLog.CallbackDelivered(logger, callback.ProviderId, attempt);
                    callback.OnAttempt?.Invoke(new SandboxDeliveryAttempt(attempt, response.StatusCode, SandboxDeliveryState.Delivered));
                    return;
                }

                SandboxLog.CallbackNotAccepted(logger, callback.ProviderId, attempt, response.StatusCode);
                var givesUp = isLast || (callback.GivesUp?.Invoke(response.StatusCode, body, attempt) ?? false);
                callback.OnAttempt?.Invoke(new SandboxDeliveryAttempt(attempt, response.StatusCode, givesUp ? SandboxDeliveryState.GivenUp : SandboxDeliveryState.Retrying));
                if (givesUp)
                {
                    break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
            {
                // The provider's side retries an unreachable or slow merchant like one that answered wrongly.
                SandboxLog.CallbackFailed(logger, callback.ProviderId, attempt, e);
                callback.OnAttempt?.Invoke(new SandboxDeliveryAttempt(attempt, null, isLast ? SandboxDeliveryState.GivenUp : SandboxDeliveryState.Retrying));
            }
        }

        SandboxLog.CallbackGivenUp(logger, callback.ProviderId, attempts);
    }
}
