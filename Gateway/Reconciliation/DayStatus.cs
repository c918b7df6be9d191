using System.Globalization;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Where a business day stands: closed (with its closure), or open with its current run, the current input files that
/// run did not read, and how many of its exceptions are in each state. <see cref="Obstacle"/> is what a close would
/// answer now, null when it would close.
/// </summary>
public sealed record DayStatus(
    DateOnly BusinessDay,
    DayClosure? Closure,
    ReconciliationRun? CurrentRun,
    IReadOnlyList<ReconciliationFile> UnreadFiles,
    IReadOnlyDictionary<ExceptionStatus, int> Exceptions)
{
    public bool IsClosed => Closure is not null;

    public int Count(ExceptionStatus status) => Exceptions.GetValueOrDefault(status);

    public ApiError? Obstacle => this switch
    {
        { Closure: { } closure } => Closed(closure),
        { CurrentRun: null } => new ApiError(
            ErrorCodes.DayNotReconciled,
            $"{BusinessDay:yyyy-MM-dd} has no completed reconciliation run; run it before closing it.",
            "business_day"),
        { CurrentRun: { } run, UnreadFiles.Count: > 0 } => new ApiError(
            ErrorCodes.InputsChanged,
            $"{BusinessDay:yyyy-MM-dd} has input files its current run {run.Id} did not read ({string.Join(", ", UnreadFiles.Select(f => $"{f.Source} {f.FileName}"))}): "
            + "their run was refused or has not happened yet. Run the day again (or send the file that should stand) before closing it.",
            "business_day",
            new Dictionary<string, object>(StringComparer.Ordinal) { ["files"] = UnreadFiles.Select(f => f.Id).ToList() }),
        _ when Count(ExceptionStatus.Open) + Count(ExceptionStatus.PendingApproval) > 0 => new ApiError(
            ErrorCodes.ExceptionsOutstanding,
            string.Create(CultureInfo.InvariantCulture,
                $"{BusinessDay:yyyy-MM-dd} still has {Count(ExceptionStatus.Open)} open exception(s) and {Count(ExceptionStatus.PendingApproval)} awaiting a supervisor's approval; a day closes once none is left."),
            "business_day",
            new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["open"] = Count(ExceptionStatus.Open),
                ["pending_approval"] = Count(ExceptionStatus.PendingApproval),
            }),
        _ => null,
    };

    /// <summary>What anything that would change a closed day answers.</summary>
    public static ApiError Closed(DayClosure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        return Closed(closure.BusinessDay, ClosedBy(closure));
    }

    public static ApiError Closed(DateOnly day, string byWhom = "") => new(
        ErrorCodes.DayClosed,
        $"{day:yyyy-MM-dd} was closed{byWhom}; its runs, files and exceptions no longer change.",
        "business_day",
        ClosedDay(day));

    /// <summary>
    /// What a run or a file of <paramref name="day"/> answers when <paramref name="closure"/> (of that day, or of a later
    /// day whose run carries from it) freezes it.
    /// </summary>
    public static ApiError Frozen(DateOnly day, DayClosure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        return closure.BusinessDay == day
            ? Closed(closure)
            : new ApiError(
                ErrorCodes.DayClosed,
                $"{closure.BusinessDay:yyyy-MM-dd} was closed{ClosedBy(closure)} and its run carries from {day:yyyy-MM-dd}; "
                + $"no run or file of a closed day or of a day before it within its reference lookback is taken any more. Work the correction on a day after {closure.BusinessDay:yyyy-MM-dd}.",
                "business_day",
                ClosedDay(closure.BusinessDay));
    }

    private static string ClosedBy(DayClosure closure) => $" by {closure.ClosedBy} at {closure.ClosedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}";

    private static Dictionary<string, object> ClosedDay(DateOnly day) =>
        new(StringComparer.Ordinal) { ["closed_day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
}
