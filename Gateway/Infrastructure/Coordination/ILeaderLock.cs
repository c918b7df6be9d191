namespace PayGov.Gateway.Infrastructure.Coordination;

/// <summary>
/// A named lock shared by every node (DESIGN §3.3): a scheduled job or a run that must happen on one node at a time
/// takes it. <see cref="TryAcquireAsync"/> is one conditional command; it never waits.
/// </summary>
public interface ILeaderLock
{
    /// <summary>
    /// Takes <paramref name="name"/> for at most <paramref name="ttl"/>, or answers null when another holder has it.
    /// Disposing the lease releases it early, and only if it is still this holder's.
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan ttl, CancellationToken cancellationToken);

}
