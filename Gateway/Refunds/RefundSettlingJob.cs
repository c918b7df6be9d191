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
    ILogger<RefundSettlingJob> logger) : DueQuestionsJob<Refund>(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.SettleSweepInterval;

    protected override Task<List<Refund>> DueAsync(IServiceProvider services, int limit, CancellationToken cancellationToken) =>
        services.GetRequiredService<RefundService>().DueForQueryAsync(limit, cancellationToken);

    protected override Task SettleAsync(IServiceProvider services, Refund item, CancellationToken cancellationToken) =>
        services.GetRequiredService<RefundService>().SettleAsync(item, cancellationToken);

    protected override string IdOf(Refund item) => item.Id;
}
