namespace PayGov.Gateway.Webhooks;

/// <summary>
/// Wakes this node's dispatcher as soon as an event commits here, so a webhook leaves within milliseconds
/// instead of at the next poll. Other nodes find the work by polling; the signal is only a shortcut.
/// </summary>
public sealed class WebhookSignal : IDisposable
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Dispose() => pending.Dispose();

    public void Wake()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every event committed before the dispatcher looks.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await pending.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a signal: look for due work anyway.
        }
    }
}
