using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Running;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Brings the stored queue in line with a run's exceptions (README §4): the same identity keeps its id, state and
/// trail; different amounts reopen it; an identity the run no longer raises is superseded; a new one is raised.
/// Resolutions the engine made itself (a late line that settles an earlier <c>missing_at_provider</c>) are applied
/// with actor <c>system</c>. Changes are tracked on the caller's context and committed with the run.
/// </summary>
public sealed class ExceptionReconciler(PayGovDbContext db, TimeProvider time)
{
    /// <summary>The engine resolves only what a later file settled: a difference of timing.</summary>
    public const string SystemResolutionCode = "timing_difference";

    private static readonly JsonSerializerOptions DetailsJson = new(ReconciliationFileRunner.JsonOptions) { WriteIndented = false };

    public static string KeyOf(ExceptionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return KeyOf(record.TypeName, record.Source, record.BusinessDay, record.Reference);
    }

    public static string KeyOf(string type, string source, DateOnly day, string reference) =>
        string.Join('|', type, source, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reference);

    public async Task ApplyAsync(ReconciliationRun run, IReadOnlyList<ExceptionRecord> raised, IReadOnlyList<ExceptionRecord> all, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(raised);
        ArgumentNullException.ThrowIfNull(all);
        var now = time.GetUtcNow();
        var existing = await db.ReconciliationExceptions.Where(e => e.BusinessDay == run.BusinessDay).ToDictionaryAsync(e => e.Key, StringComparer.Ordinal, cancellationToken);
        var owners = await OwnersAsync(raised, cancellationToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in raised)
        {
            var key = KeyOf(record);
            if (!seen.Add(key))
            {
                continue;
            }

            owners.TryGetValue(RecordIdOf(record) ?? "", out var owner);
            if (!existing.TryGetValue(key, out var found))
            {
                var created = new ExceptionCase
                {
                    Id = Ids.New(Ids.ReconciliationException, time),
                    Key = key,
                    Type = record.TypeName,
                    Source = record.Source,
                    BusinessDay = record.BusinessDay,
                    Reference = record.Reference,
                    Reason = record.Reason,
                    ExpectedAmount = record.ExpectedAmount,
                    ObservedAmount = record.ObservedAmount,
                    Provider = ProviderOf(record.Source) ?? owner.Provider,
                    PortalId = owner.PortalId,
                    DetailsJson = JsonSerializer.Serialize(record.Details, DetailsJson),
                    Status = ExceptionStatus.Open,
                    RaisedByRunId = run.Id,
                    LastRunId = run.Id,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                db.ReconciliationExceptions.Add(created);
                Audit(created, ExceptionActions.Raised, null, ExceptionStatus.Open, $"raised by run {run.Id}", null, run.Id, now);
                continue;
            }

            found.LastRunId = run.Id;
            found.Reason = record.Reason;
            found.DetailsJson = JsonSerializer.Serialize(record.Details, DetailsJson);
            found.PortalId ??= owner.PortalId;
            if (found.ExpectedAmount != record.ExpectedAmount || found.ObservedAmount != record.ObservedAmount)
            {
                var note = string.Create(CultureInfo.InvariantCulture,
                    $"run {run.Id}: amounts {found.ExpectedAmount?.ToString(CultureInfo.InvariantCulture) ?? "null"}/{found.ObservedAmount?.ToString(CultureInfo.InvariantCulture) ?? "null"} → {record.ExpectedAmount?.ToString(CultureInfo.InvariantCulture) ?? "null"}/{record.ObservedAmount?.ToString(CultureInfo.InvariantCulture) ?? "null"}");
                found.ExpectedAmount = record.ExpectedAmount;
                found.ObservedAmount = record.ObservedAmount;
                Move(found, found.Status == ExceptionStatus.Open ? ExceptionActions.AmountsChanged : ExceptionActions.Reopened, ExceptionStatus.Open, note);
            }
            else if (found.Status == ExceptionStatus.Superseded)
            {
                Move(found, ExceptionActions.Reopened, ExceptionStatus.Open, $"raised again by run {run.Id}");
            }
        }

        foreach (var gone in existing.Values.Where(e => e.Status != ExceptionStatus.Superseded && !seen.Contains(e.Key)))
        {
            gone.LastRunId = run.Id;
            Move(gone, ExceptionActions.Superseded, ExceptionStatus.Superseded, $"run {run.Id} over other input versions no longer raises it");
        }

        await ApplySystemResolutionsAsync(all, run.Id, now, cancellationToken);

        void Move(ExceptionCase exception, string action, ExceptionStatus to, string note)
        {
            var from = exception.Status;
            exception.Status = to;
            exception.UpdatedAt = now;
            exception.Version++;
            exception.ClearResolution();
            Audit(exception, action, from, to, note, null, run.Id, now);
        }
    }

    /// <summary>Exceptions the engine resolved itself, raised on this day or an earlier one, that the queue still shows open.</summary>
    private async Task ApplySystemResolutionsAsync(IReadOnlyList<ExceptionRecord> all, string runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in all.Where(e => e.SystemResolution is not null))
        {
            resolved[KeyOf(record)] = record.SystemResolution!;
        }

        if (resolved.Count == 0)
        {
            return;
        }

        var keys = resolved.Keys.ToList();
        // Loads (and so tracks) the open ones of earlier days; today's are tracked already, added ones included.
        await db.ReconciliationExceptions.Where(e => keys.Contains(e.Key) && e.Status == ExceptionStatus.Open).LoadAsync(cancellationToken);
        var candidates = db.ChangeTracker.Entries<ExceptionCase>()
            .Select(e => e.Entity)
            .Where(e => e.Status == ExceptionStatus.Open && resolved.ContainsKey(e.Key))
            .ToList();
        foreach (var exception in candidates)
        {
            exception.Status = ExceptionStatus.Resolved;
            exception.ResolutionCode = SystemResolutionCode;
            exception.ResolutionNote = resolved[exception.Key];
            exception.ResolvedBy = ExceptionActions.SystemActor;
            exception.ResolvedAt = now;
            exception.UpdatedAt = now;
            exception.Version++;
            Audit(exception, ExceptionActions.Resolved, ExceptionStatus.Open, ExceptionStatus.Resolved, resolved[exception.Key], SystemResolutionCode, runId, now);
        }
    }

    private void Audit(ExceptionCase exception, string action, ExceptionStatus? from, ExceptionStatus to, string note, string? code, string runId, DateTimeOffset now) =>
        db.ReconciliationExceptionActions.Add(new ExceptionAction
        {
            ExceptionId = exception.Id,
            Action = action,
            Actor = ExceptionActions.SystemActor,
            ActorRole = ExceptionActions.SystemRole,
            At = now,
            FromStatus = from,
            ToStatus = to,
            ResolutionCode = code,
            Note = note,
            RunId = runId,
        });

    /// <summary>The portal and provider of the gateway payments and refunds the exceptions name.</summary>
    private async Task<Dictionary<string, (string? PortalId, string? Provider)>> OwnersAsync(IReadOnlyList<ExceptionRecord> raised, CancellationToken cancellationToken)
    {
        var ids = raised.Select(RecordIdOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var payments = await (
                from attempt in db.PaymentAttempts.AsNoTracking()
                join intent in db.PaymentIntents.AsNoTracking() on attempt.IntentId equals intent.Id
                where ids.Contains(attempt.Id)
                select new { attempt.Id, intent.PortalId, attempt.Provider })
            .ToListAsync(cancellationToken);
        var refunds = await db.Refunds.AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.PortalId, r.Provider })
            .ToListAsync(cancellationToken);
        return payments.Concat(refunds).ToDictionary(o => o.Id, o => ((string?)o.PortalId, (string?)o.Provider), StringComparer.Ordinal);
    }

    private static string? RecordIdOf(ExceptionRecord record) =>
        record.Reference.StartsWith(Ids.PaymentAttempt + "_", StringComparison.Ordinal) || record.Reference.StartsWith(Ids.Refund + "_", StringComparison.Ordinal) ? record.Reference
        : record.Details.TryGetValue("record_id", out var id) && id is string text ? text
        : null;

    private static string? ProviderOf(string source) => source switch
    {
        "vnpay" or "momo" or "zalopay" => source,
        _ when source.StartsWith("bank:", StringComparison.Ordinal) => "bank_transfer",
        _ => null,
    };
}
