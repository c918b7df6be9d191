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
    ILogger<DoubtSettlingJob> logger) : DueQuestionsJob<PaymentAttempt>(scopes, time, logger)
{
    protected override TimeSpan Interval => options.Value.DoubtSweepInterval;

    protected override Task<List<PaymentAttempt>> DueAsync(IServiceProvider services, int limit, CancellationToken cancellationToken) =>
        services.GetRequiredService<PaymentAttemptService>().DueForQueryAsync(limit, cancellationToken);

    protected override Task SettleAsync(IServiceProvider services, PaymentAttempt item, CancellationToken cancellationToken) =>
        services.GetRequiredService<PaymentAttemptService>().SettleAsync(item, cancellationToken);

    protected override string IdOf(PaymentAttempt item) => item.Id;
}
