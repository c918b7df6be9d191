using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Refunds;

/// <summary>
/// Makes the automatic refund of a late or double payment whose callback committed the anomaly but not the refund
/// (the node stopped, or the database failed, in between). Runs on every node without a leader: a unique index lets
/// an attempt have one automatic refund, so two nodes sweeping the same attempt make it once.
/// </summary>
public sealed class AnomalyRefundJob(
    IServiceScopeFactory scopes,
    TimeProvider time,
    IOptions<RefundsOptions> options,
    ILogger<AnomalyRefundJob> logger) : DueQuestionsJob<string>(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.SettleSweepInterval;

    protected override Task<List<string>> DueAsync(IServiceProvider services, int limit, CancellationToken cancellationToken) =>
        services.GetRequiredService<RefundService>().AnomaliesWithoutRefundAsync(options.Value.SettleSweepInterval, limit, cancellationToken);

    protected override Task SettleAsync(IServiceProvider services, string item, CancellationToken cancellationToken) =>
        services.GetRequiredService<RefundService>().RefundAnomalyAsync(item);

    protected override string IdOf(string item) => item;
}
