using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Payments;

/// <summary>
/// Asks providers about attempts whose callback is overdue or whose outcome is unknown, on the back-off of
/// <see cref="DoubtSchedule"/>. Runs on every node without a leader: a query is idempotent and recording its
/// answer is a compare-and-set, so two nodes asking about one attempt change it once.
/// </summary>
public sealed class DoubtSettlingJob(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<PaymentsOptions> options,
    ILogger<DoubtSettlingJob> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 50;

    protected override TimeSpan Interval => options.Value.DoubtSweepInterval;

    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var attempts = scope.ServiceProvider.GetRequiredService<PaymentAttemptService>();
        foreach (var attempt in await attempts.DueForQueryAsync(BatchSize, cancellationToken))
        {
            await attempts.SettleAsync(attempt, cancellationToken);
        }
    }
}
