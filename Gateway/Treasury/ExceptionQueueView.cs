using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Treasury;

/// <summary>The queue page: the search asked for, one page of what matches, how many match, and now (for the ages).</summary>
public sealed record ExceptionQueueView(TreasuryFrameView Frame, ExceptionSearch Search, IReadOnlyList<ExceptionCase> Rows, int Total, DateTimeOffset Now)
{
    public int PageCount => Math.Max(1, (Total + ExceptionSearch.PageSize - 1) / ExceptionSearch.PageSize);
}
