namespace PayGov.Gateway.Infrastructure.Coordination;

/// <summary>The embedded default's stand-in for <see cref="RedisLeaderLock"/>: correct for one node only.</summary>
public sealed class InProcessLeaderLock(TimeProvider time) : ILeaderLock
{
    private readonly Dictionary<string, (object Holder, DateTimeOffset Until)> held = new(StringComparer.Ordinal);

    public Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var holder = new object();
        return Task.FromResult<IAsyncDisposable?>(TryTake(name, holder, ttl) ? new Lease(this, name, holder) : null);
    }

    private bool TryTake(string name, object holder, TimeSpan ttl)
    {
        var now = time.GetUtcNow();
        lock (held)
        {
            if (held.TryGetValue(name, out var current) && current.Until > now)
            {
                return false;
            }

            held[name] = (holder, now + ttl);
            return true;
        }
    }

    private void Release(string name, object holder)
    {
        lock (held)
        {
            if (held.TryGetValue(name, out var current) && ReferenceEquals(current.Holder, holder))
            {
                held.Remove(name);
            }
        }
    }

    private sealed class Lease(InProcessLeaderLock owner, string name, object holder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            owner.Release(name, holder);
            return ValueTask.CompletedTask;
        }
    }
}
