using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>
/// What every sandbox's daily settlement file has in common: the report day is the GMT+7 calendar date (the providers
/// close their day at midnight GMT+7, reconciliation README §2), lines in time order, the fee by the provider's tariff,
/// the <c>missing_settlement_line</c> fault, and the payout advice of the previous day's batch (T+1).
/// </summary>
internal static class SandboxSettlementDay
{
    /// <summary>The report day that lists a movement made at <paramref name="instant"/>.</summary>
    public static DateOnly Of(DateTimeOffset instant) => DateOnly.FromDateTime(VietnamTime.ToVietnam(instant).DateTime);

    /// <summary>
    /// The fee on a successful payment: <c>round_half_up(gross × basisPoints / 10000)</c>, the tariff rule reconciliation
    /// computes <c>expected_fee</c> with (README §1), so a sandbox file matches a gateway using the same tariff.
    /// </summary>
    public static long FeeOf(long gross, int basisPoints) => checked((gross * basisPoints) + 5_000) / 10_000;

    /// <summary>
    /// The lines of <paramref name="day"/> in time order (then by id). Under <see cref="SandboxFaults.MissingSettlementLine"/>
    /// the first successful payment is left out, and the file is written from what is left, so its totals still agree.
    /// </summary>
    public static List<SandboxSettlementLine> LinesOf(DateOnly day, IEnumerable<SandboxSettlementLine> all, SandboxFaults faults)
    {
        var lines = all.Where(l => Of(l.Time) == day).ToList();
        lines.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : string.CompareOrdinal(a.TransactionId, b.TransactionId));
        if (faults.MissingSettlementLine && lines.FindIndex(l => l.IsPayment && l.Success) is var first and >= 0)
        {
            lines.RemoveAt(first);
        }

        return lines;
    }

    /// <summary>
    /// The payout the provider makes on <paramref name="day"/>: the net of the previous day's batch, paid the next day and
    /// advised in that day's report, to <paramref name="account"/> from <paramref name="payer"/>, under the provider's batch
    /// id and transfer remark; <see langword="null"/> when that batch owes nothing.
    /// </summary>
    public static SandboxPayout? PayoutOn(
        DateOnly day,
        IEnumerable<SandboxSettlementLine> all,
        SandboxFaults faults,
        Func<DateOnly, string> batchIdOf,
        Func<string, DateOnly, string> remarkOf,
        string account,
        BankCounterAccount payer)
    {
        var covered = day.AddDays(-1);
        var lines = LinesOf(covered, all, faults);
        var amount = lines.Sum(l => l.Net);
        if (lines.Count == 0 || amount <= 0)
        {
            return null;
        }

        var batch = batchIdOf(covered);
        return new SandboxPayout(covered, lines.Count, amount) { BatchId = batch, Account = account, Remark = remarkOf(batch, covered), Payer = payer };
    }
}
