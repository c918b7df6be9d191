using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace PayGov.Client.Tests.Fixtures;

/// <summary>
/// The client's clock in retry tests. It notices each timer the client starts, so a test can move time exactly when
/// the client is waiting (to retry, or for an attempt to time out) instead of sleeping through a real back-off.
/// </summary>
public sealed class RetryClock : FakeTimeProvider
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Channel<TimeSpan> timers = Channel.CreateUnbounded<TimeSpan>();
    private readonly List<TimeSpan> retryDelays = [];

    public RetryClock()
        : base(new DateTimeOffset(2026, 3, 14, 2, 0, 0, TimeSpan.Zero))
    {
    }

    /// <summary>The client's attempt timeout in these tests; its timers are told apart from back-off by this length.</summary>
    public static TimeSpan AttemptTimeout { get; } = TimeSpan.FromMinutes(10);

    /// <summary>The back-off waits the client started, in order.</summary>
    public IReadOnlyList<TimeSpan> RetryDelays => retryDelays;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>
    /// Awaits <paramref name="call"/>, moving this clock through every back-off the client waits on the way
    /// (after <paramref name="beforeAdvance"/>, which may move the server's clock too). Fails rather than hangs.
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> call, Action<TimeSpan>? beforeAdvance = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        while (true)
        {
            while (timers.Reader.TryRead(out var due))
            {
                if (due != AttemptTimeout)
                {
                    retryDelays.Add(due);
                    beforeAdvance?.Invoke(due);
                    Advance(due);
                }
            }

            var first = await Task.WhenAny(call, timers.Reader.WaitToReadAsync().AsTask()).WaitAsync(Patience);
            if (first == call)
            {
                return await call;
            }
        }
    }

    /// <summary>Waits until the client starts an attempt, then moves time past that attempt's timeout.</summary>
    public async Task ExpireNextAttemptAsync() => Advance(await NextTimerAsync(due => due == AttemptTimeout));

    /// <summary>Waits until the client starts waiting to retry, and returns how long it means to wait.</summary>
    public Task<TimeSpan> NextRetryDelayAsync() => NextTimerAsync(due => due != AttemptTimeout);

    private async Task<TimeSpan> NextTimerAsync(Func<TimeSpan, bool> wanted)
    {
        while (true)
        {
            var due = await timers.Reader.ReadAsync().AsTask().WaitAsync(Patience);
            if (wanted(due))
            {
                return due;
            }
        }
    }
}
