using Microsoft.Extensions.Hosting;
using PayGov.Providers.Sandbox.BankTransfer;

namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>
/// Makes the provider sandboxes' payouts: at 09:00 GMT+7 each day every provider pays the previous day's batch at its net
/// and the sandbox bank books the credit (and notifies it, as it does every credit). What is paid is kept, so the
/// advice in the provider's report of that day is the payout the bank booked, whatever faults are switched later.
/// A timer on the sandbox's clock makes the payouts when they fall due; files and statements ask for what is due first,
/// so they never depend on the timer having run.
/// </summary>
internal sealed class SandboxPayoutDesk : IHostedService, IDisposable
{
    private readonly IReadOnlyList<ISandboxPayer> payers;
    private readonly BankTransferSandbox bank;
    private readonly TimeProvider timeProvider;
    private readonly Lock gate = new();
    private readonly Dictionary<(ProviderId Provider, DateOnly Day), SandboxPayout> made = [];
    private DateOnly nextDay;
    private ITimer? timer;

    public SandboxPayoutDesk(IEnumerable<ISandboxPayer> payers, BankTransferSandbox bank, TimeProvider timeProvider)
    {
        this.payers = [.. payers];
        this.bank = bank;
        this.timeProvider = timeProvider;

        // The sandbox holds nothing from before it started, so nothing earlier than today is owed.
        nextDay = SandboxSettlementDay.Of(timeProvider.GetUtcNow());
    }

    /// <summary>
    /// The payout advice of <paramref name="payer"/>'s report of <paramref name="day"/>: the payout made that day; for a
    /// day whose payouts are not made yet, the one the provider would make from what its file lists now.
    /// </summary>
    public SandboxPayout? AdviceOn(ISandboxPayer payer, DateOnly day)
    {
        lock (gate)
        {
            PayDue();
            return made.TryGetValue((payer.Provider, day), out var payout) ? payout : day >= nextDay ? payer.PayoutOn(day) : null;
        }
    }

    /// <summary>Makes every payout whose time has come on the sandbox's clock and is not made yet, day by day.</summary>
    public void PayDue()
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            for (; SandboxPayout.ExecutionInstant(nextDay) <= now; nextDay = nextDay.AddDays(1))
            {
                foreach (var payer in payers)
                {
                    if (payer.PayoutOn(nextDay) is { } payout)
                    {
                        made[(payer.Provider, nextDay)] = payout;
                        bank.Receive(payout);
                    }
                }
            }
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        timer = timeProvider.CreateTimer(_ => OnTime(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        OnTime();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose() => timer?.Dispose();

    /// <summary>Pays what is due, then waits for the next day's payout time (one shot each time, so the clock may jump).</summary>
    private void OnTime()
    {
        PayDue();
        DateTimeOffset next;
        lock (gate)
        {
            next = SandboxPayout.ExecutionInstant(nextDay);
        }

        var wait = next - timeProvider.GetUtcNow();
        timer?.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }
}
