namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// A <see cref="PeriodicJob"/> that asks providers about the items whose question is due, a batch a round, each in
/// a scope of its own: one item's failure (a lost connection, an answer that does not parse) is logged and leaves
/// that item due for the next round without holding back the rest of the batch.
/// </summary>
public abstract partial class DueQuestionsJob<TItem>(IServiceScopeFactory scopes, TimeProvider time, ILogger logger) : PeriodicJob(time, logger)
{
    private const int BatchSize = 50;

    public override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        List<TItem> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await DueAsync(scope.ServiceProvider, BatchSize, cancellationToken);
        }

        foreach (var item in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                await SettleAsync(scope.ServiceProvider, item, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                ItemFailed(Logger, GetType().Name, IdOf(item), ex);
            }
        }
    }

    protected abstract Task<List<TItem>> DueAsync(IServiceProvider services, int limit, CancellationToken cancellationToken);

    protected abstract Task SettleAsync(IServiceProvider services, TItem item, CancellationToken cancellationToken);

    protected abstract string IdOf(TItem item);

    [LoggerMessage(901, LogLevel.Error, "{Job} could not settle {ItemId} this round; it stays due for the next")]
    private static partial void ItemFailed(ILogger logger, string job, string itemId, Exception exception);
}
