namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// A job every node runs at a fixed interval on the injected clock. A failed round is logged and the next one
/// runs as usual: a lost database connection must not stop the job for the life of the process.
/// </summary>
public abstract partial class PeriodicJob(TimeProvider time, ILogger logger) : BackgroundService
{
    protected ILogger Logger { get; } = logger;

    protected abstract TimeSpan Interval { get; }

    public abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                RoundFailed(Logger, GetType().Name, ex);
            }
        }
    }

    [LoggerMessage(900, LogLevel.Error, "A round of {Job} failed; it runs again at the next interval")]
    private static partial void RoundFailed(ILogger logger, string job, Exception exception);
}
