using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Payments;

/// <summary>
/// Expires intents whose <c>expires_at</c> has passed. Runs on every node: the version check on each
/// intent makes concurrent sweeps harmless, so no leader is needed.
/// </summary>
public sealed class PaymentIntentExpiryJob(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<PaymentsOptions> options,
    ILogger<PaymentIntentExpiryJob> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 200;

    protected override TimeSpan Interval => options.Value.ExpirySweepInterval;

    public override async Task RunOnceAsync(CancellationToken cancellationToken)
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
