using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Refunds;

/// <summary>
/// Asks providers about pending refunds on the back-off of <see cref="Payments.DoubtSchedule"/>. Runs on every node
/// without a leader: a question is idempotent, a refund sent again carries the reference the provider de-duplicates
/// by, and recording an answer is a compare-and-set on the refund's version, so two nodes change a refund once.
/// </summary>
public sealed class RefundSettlingJob(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<RefundsOptions> options,
    ILogger<RefundSettlingJob> logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 50;

    protected override TimeSpan Interval => options.Value.SettleSweepInterval;

    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var refunds = scope.ServiceProvider.GetRequiredService<RefundService>();
        foreach (var refund in await refunds.DueForQueryAsync(BatchSize, cancellationToken))
        {
            await refunds.SettleAsync(refund, cancellationToken);
        }
    }
}
