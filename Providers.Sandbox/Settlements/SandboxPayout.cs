using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>
/// A payout: the net of the batch of <paramref name="CoveredDay"/> (its <paramref name="LineCount"/> lines),
/// <paramref name="Amount"/> đồng, transferred at 09:00 GMT+7 the next day (T+1, reconciliation README §2). The provider
/// advises it in that day's report; the bank books it as a credit with the batch id as the customer reference.
/// </summary>
internal sealed record SandboxPayout(DateOnly CoveredDay, int LineCount, long Amount)
{
    private static readonly TimeOnly ExecutionTime = new(9, 0);

    /// <summary>The batch paid, as the provider's layout writes it (<c>VNP25031301</c>, <c>MM20250313001</c>, …).</summary>
    public string BatchId { get; init; } = string.Empty;

    /// <summary>The merchant account credited.</summary>
    public string Account { get; init; } = string.Empty;

    /// <summary>The transfer remark the bank shows; it contains the batch id.</summary>
    public string Remark { get; init; } = string.Empty;

    /// <summary>The provider's settlement account, the ordering account of the transfer.</summary>
    public BankCounterAccount? Payer { get; init; }

    /// <summary>The day the money moves: the day after the batch.</summary>
    public DateOnly ExecutedOn => CoveredDay.AddDays(1);

    /// <summary>When the money moves.</summary>
    public DateTimeOffset ExecutedAt => ExecutionInstant(ExecutedOn);

    /// <summary>When the providers pay on <paramref name="day"/>: 09:00 GMT+7.</summary>
    public static DateTimeOffset ExecutionInstant(DateOnly day) => new(day.ToDateTime(ExecutionTime), VietnamTime.Offset);
}
