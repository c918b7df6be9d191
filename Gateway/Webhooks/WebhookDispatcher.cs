using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// Each node's delivery loop: fan out new events, lease due deliveries, send them concurrently. Sends in
/// flight are not cancelled by shutdown, so a node that is stopped finishes and records what it started;
/// a node that is killed leaves leases that run out, and another node sends those deliveries again.
/// </summary>
public sealed class WebhookDispatcher(
    IServiceScopeFactory scopes,
    WebhookSignal signal,
    TimeProvider time,
    IOptions<WebhooksOptions> options,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // Long enough for the attempt and its recording; short enough that a dead node's work moves on soon.
        var lease = settings.AttemptTimeout * 3;
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = 0;
            try
            {
                worked = await PassAsync(settings, lease, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A lost database connection must not end webhook delivery for the life of the process.
                logger.DispatcherPassFailed(ex);
            }

            if (worked == 0)
            {
                await signal.WaitAsync(settings.PollInterval, time, stoppingToken);
            }
        }
    }

    private async Task<int> PassAsync(WebhooksOptions settings, TimeSpan lease, CancellationToken stoppingToken)
    {
        var leaseOwner = Guid.NewGuid().ToString("N");
        await using var scope = scopes.CreateAsyncScope();
        var fannedOut = await scope.ServiceProvider.GetRequiredService<WebhookFanOut>().RunOnceAsync(settings.BatchSize, stoppingToken);
        var leased = await scope.ServiceProvider.GetRequiredService<WebhookDeliveryClaims>().ClaimDueAsync(leaseOwner, settings.Concurrency, lease, stoppingToken);
        if (leased.Count > 0)
        {
            // Not cancelled by shutdown: what was leased is sent and recorded before the node stops.
            await scope.ServiceProvider.GetRequiredService<WebhookSender>().DeliverLeasedAsync(leaseOwner, CancellationToken.None);
        }

        return fannedOut + leased.Count;
    }
}
