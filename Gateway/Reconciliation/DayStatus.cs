using System.Globalization;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Where a business day stands: closed (with its closure), or open with its current run and how many of its
/// exceptions are in each state. <see cref="Obstacle"/> is what a close would answer now, null when it would close.
/// </summary>
public sealed record DayStatus(DateOnly BusinessDay, DayClosure? Closure, ReconciliationRun? CurrentRun, IReadOnlyDictionary<ExceptionStatus, int> Exceptions)
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
        return Closed(closure.BusinessDay, $" by {closure.ClosedBy} at {closure.ClosedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}");
    }

    public static ApiError Closed(DateOnly day, string byWhom = "") => new(
        ErrorCodes.DayClosed,
        $"{day:yyyy-MM-dd} was closed{byWhom}; its runs, files and exceptions no longer change.",
        "business_day");
}
