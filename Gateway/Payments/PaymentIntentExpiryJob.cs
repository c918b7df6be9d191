using Microsoft.Extensions.Options;

namespace PayGov.Gateway.Payments;

/// <summary>
/// Expires intents whose <c>expires_at</c> has passed. Runs on every node: the version check on each
/// intent makes concurrent sweeps harmless, so no leader is needed.
/// </summary>
public sealed class PaymentIntentExpiryJob(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<PaymentsOptions> options,
    ILogger<PaymentIntentExpiryJob> logger) : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpirySweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A lost database connection must not stop expiry for the life of the process.
                logger.ExpirySweepFailed(ex);
            }
        }
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        int expired;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var intents = scope.ServiceProvider.GetRequiredService<PaymentIntentService>();
            expired = await intents.ExpireDueAsync(BatchSize, cancellationToken);
            if (expired > 0)
            {
                logger.ExpirySweepExpired(expired);
            }
        }
        while (expired == BatchSize);
    }
}
