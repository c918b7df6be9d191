using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The accountants' queue (README §10): list and read exceptions, resolve, approve, reject, reopen. Each action is a
/// compare-and-set on the exception's version and appends to its audit trail in the same commit; an exception of a
/// closed day takes no action. Nothing here reads or writes a payment.
/// </summary>
public sealed class ExceptionQueueService(PayGovDbContext db, IOptions<ReconciliationOptions> options, TimeProvider time)
{
    public long ApprovalThreshold => options.Value.ApprovalThreshold;

    public async Task<Page<ExceptionCase>> ListAsync(ExceptionListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await Filtered(query.BusinessDay, query.Type, query.Provider, query.PortalId, query.Source, query.Status)
            .ToPageAsync(query.Page, "/v1/reconciliation/exceptions", cancellationToken);
    }

    /// <summary>The queue page: the same filters, sorted by amount or age, one numbered page of it and how many match.</summary>
    public async Task<(List<ExceptionCase> Rows, int Total)> SearchAsync(ExceptionSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var exceptions = Filtered(search.BusinessDay, search.Type, search.Provider, null, null, search.Status);
        var total = await exceptions.CountAsync(cancellationToken);
        // The larger side, as the approval threshold judges it (ExceptionCase.Magnitude), computed by the database.
        var sorted = search.Sort switch
        {
            ExceptionSort.LargestFirst => exceptions.OrderByDescending(e => Math.Max(Math.Abs(e.ExpectedAmount ?? 0), Math.Abs(e.ObservedAmount ?? 0))).ThenBy(e => e.Id),
            ExceptionSort.SmallestFirst => exceptions.OrderBy(e => Math.Max(Math.Abs(e.ExpectedAmount ?? 0), Math.Abs(e.ObservedAmount ?? 0))).ThenBy(e => e.Id),
            ExceptionSort.OldestFirst => exceptions.OrderBy(e => e.Id),
            _ => exceptions.OrderByDescending(e => e.Id),
        };
        var rows = await sorted.Skip((search.PageNumber - 1) * ExceptionSearch.PageSize).Take(ExceptionSearch.PageSize).ToListAsync(cancellationToken);
        return (rows, total);
    }

    private IQueryable<ExceptionCase> Filtered(DateOnly? day, string? type, string? provider, string? portal, string? source, ExceptionStatus? status)
    {
        var exceptions = db.ReconciliationExceptions.AsNoTracking();
        if (day is { } businessDay)
        {
            exceptions = exceptions.Where(e => e.BusinessDay == businessDay);
        }

        if (type is not null)
        {
            exceptions = exceptions.Where(e => e.Type == type);
        }

        if (provider is not null)
        {
            exceptions = exceptions.Where(e => e.Provider == provider);
        }

        if (portal is not null)
        {
            exceptions = exceptions.Where(e => e.PortalId == portal);
        }

        if (source is not null)
        {
            exceptions = exceptions.Where(e => e.Source == source);
        }

        if (status is { } wanted)
        {
            exceptions = exceptions.Where(e => e.Status == wanted);
        }

        return exceptions;
    }

    public async Task<Result<(ExceptionCase Exception, List<ExceptionAction> Actions)>> GetAsync(string id, CancellationToken cancellationToken)
    {
        var exception = Ids.HasPrefix(id, Ids.ReconciliationException)
            ? await db.ReconciliationExceptions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;
        if (exception is null)
        {
            return NotFound(id);
        }

        var actions = await db.ReconciliationExceptionActions.AsNoTracking()
            .Where(a => a.ExceptionId == id)
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        return (exception, actions);
    }

    /// <summary>Resolves an open exception; above the approval threshold the resolution waits for a supervisor.</summary>
    public Task<Result<ExceptionCase>> ResolveAsync(string id, TreasuryPrincipal user, string? code, string note, CancellationToken cancellationToken) =>
        ActAsync(id, user, ExceptionStatus.Open, (exception, now) =>
        {
            var needsApproval = exception.Magnitude > options.Value.ApprovalThreshold;
            exception.ResolutionCode = code ?? "other";
            exception.ResolutionNote = note;
            exception.ResolvedBy = user.Username;
            exception.ResolvedAt = now;
            return needsApproval
                ? (ExceptionStatus.PendingApproval, ExceptionActions.ResolutionRequested, exception.ResolutionCode, note)
                : (ExceptionStatus.Resolved, ExceptionActions.Resolved, exception.ResolutionCode, note);
        }, cancellationToken);

    /// <summary>A supervisor other than the one who resolved it approves a pending resolution (four eyes).</summary>
    public Task<Result<ExceptionCase>> ApproveAsync(string id, TreasuryPrincipal user, string? note, CancellationToken cancellationToken) =>
        ActAsync(id, user, ExceptionStatus.PendingApproval, (exception, now) =>
        {
            exception.ApprovedBy = user.Username;
            exception.ApprovedAt = now;
            return (ExceptionStatus.Resolved, ExceptionActions.Approved, exception.ResolutionCode, note);
        }, cancellationToken);

    /// <summary>A supervisor sends a pending resolution back: the exception is open again.</summary>
    public Task<Result<ExceptionCase>> RejectAsync(string id, TreasuryPrincipal user, string note, CancellationToken cancellationToken) =>
        ActAsync(id, user, ExceptionStatus.PendingApproval, (exception, _) =>
        {
            exception.ClearResolution();
            return (ExceptionStatus.Open, ExceptionActions.Rejected, null, note);
        }, cancellationToken);

    /// <summary>An accountant reopens a resolved exception with a note.</summary>
    public Task<Result<ExceptionCase>> ReopenAsync(string id, TreasuryPrincipal user, string note, CancellationToken cancellationToken) =>
        ActAsync(id, user, ExceptionStatus.Resolved, (exception, _) =>
        {
            exception.ClearResolution();
            return (ExceptionStatus.Open, ExceptionActions.Reopened, null, note);
        }, cancellationToken);

    private async Task<Result<ExceptionCase>> ActAsync(
        string id,
        TreasuryPrincipal user,
        ExceptionStatus expected,
        Func<ExceptionCase, DateTimeOffset, (ExceptionStatus To, string Action, string? Code, string? Note)> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var exception = Ids.HasPrefix(id, Ids.ReconciliationException)
            ? await db.ReconciliationExceptions.FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            : null;
        if (exception is null)
        {
            return NotFound(id);
        }

        // Read after the exception: a close committing in between has stepped its version, so the save below fails.
        if (await db.ReconciliationDayClosures.AnyAsync(c => c.BusinessDay == exception.BusinessDay, cancellationToken))
        {
            return DayStatus.Closed(exception.BusinessDay);
        }

        if (exception.Status != expected)
        {
            return new ApiError(ErrorCodes.ExceptionNotOpen, $"The exception is {ReconciliationWire.Of(exception.Status)}; this action needs it {ReconciliationWire.Of(expected)}.");
        }

        if (expected == ExceptionStatus.PendingApproval && (!user.IsSupervisor || exception.ResolvedBy == user.Username))
        {
            return new ApiError(ErrorCodes.ApprovalNotAllowed, "A resolution is approved or rejected by a supervisor other than the user who resolved it.");
        }

        var now = time.GetUtcNow();
        var from = exception.Status;
        var (to, action, code, note) = change(exception, now);
        exception.Status = to;
        exception.UpdatedAt = now;
        exception.Version++;
        db.ReconciliationExceptionActions.Add(new ExceptionAction
        {
            ExceptionId = exception.Id,
            Action = action,
            Actor = user.Username,
            ActorRole = user.Role.ToWire(),
            At = now,
            FromStatus = from,
            ToStatus = to,
            ResolutionCode = code,
            Note = note,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (StorageErrors.IsLostRace(ex))
        {
            return new ApiError(ErrorCodes.ExceptionNotOpen, "Someone else acted on this exception at the same moment; reload it.");
        }

        return exception;
    }

    private static ApiError NotFound(string id) => new(ErrorCodes.ResourceMissing, $"No reconciliation exception '{id}'.", "id");
}
