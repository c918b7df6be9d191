using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Input files from every path (upload, drop folder, sources, the gateway's own ledger): checks the whole file first,
/// stores nothing from a refused one, and keeps every accepted version (README §4). Whether a day still takes files is
/// decided under the reconciliation lock by <see cref="ReconciliationRunService.ReceiveAsync"/>.
/// </summary>
public sealed class ReconciliationFileService(
    PayGovDbContext db,
    ReconciliationFileStore store,
    ReconciliationSetup setup,
    IOptions<ReconciliationOptions> options,
    TimeProvider time,
    ILogger<ReconciliationFileService> logger)
{
    /// <summary>
    /// Reads a received file whole and checks it, keeping nothing: the file to register, or why it was refused. Checked
    /// outside the reconciliation lock (a file may be large); <see cref="ReconciliationRunService.ReceiveAsync"/> then
    /// registers it under the lock.
    /// </summary>
    public async Task<FileCheck> CheckAsync(
        Stream content, string fileName, InputFileKind? declaredKind, DateOnly? declaredDay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var pending = await store.ReceiveAsync(content, options.Value.MaxUploadBytes, cancellationToken);
        if (pending is null)
        {
            return FileCheck.Failed(FileIngestOutcome.Failed(new ApiError(ErrorCodes.BodyTooLarge, $"A file has at most {options.Value.MaxUploadBytes} bytes.", "file")));
        }

        try
        {
            InputFileKind? detected;
            using (var head = pending.Open())
            {
                detected = InputFileInspector.Detect(head);
            }

            if (declaredKind is { } declared && detected is { } seen && declared != seen)
            {
                ReconciliationFileStore.Discard(pending);
                return FileCheck.Failed(FileIngestOutcome.Refused(
                    new FileRefusal(fileName, 1, "(kind)", $"declared {ReconciliationWire.Of(declared)} but the file reads as {ReconciliationWire.Of(seen)}")));
            }

            if ((declaredKind ?? detected) is not { } kind)
            {
                ReconciliationFileStore.Discard(pending);
                return FileCheck.Failed(FileIngestOutcome.Failed(
                    new ApiError(ErrorCodes.FileKindUnknown, "Not a VNPAY, MoMo or ZaloPay report, an MT940 or a camt.053 statement.", "file")));
            }

            var inspected = InputFileInspector.Inspect(pending, fileName, kind, declaredDay, setup.Config);
            if (!inspected.IsSuccess)
            {
                ReconciliationFileStore.Discard(pending);
                return FileCheck.Failed(FileIngestOutcome.Failed(inspected.Error));
            }

            return new FileCheck(pending, inspected.Value, null);
        }
        catch (SettlementFileFormatException ex)
        {
            ReconciliationFileStore.Discard(pending);
            ReconciliationLog.FileRefused(logger, fileName, ex.LineNumber, ex.Field);
            return FileCheck.Failed(FileIngestOutcome.Refused(FileRefusal.From(ex)));
        }
    }

    /// <summary>
    /// Stores a checked file as the current version of its (source, day). The same bytes as the current version change
    /// nothing; bytes seen before as an older version make that version current again.
    /// </summary>
    public async Task<FileIngestOutcome> RegisterAsync(
        PendingFile pending, InspectedFile inspected, string fileName, FileOrigin origin, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(inspected);
        var versions = await db.ReconciliationFiles
            .Where(f => f.Source == inspected.Source && f.BusinessDay == inspected.BusinessDay)
            .ToListAsync(cancellationToken);
        var current = versions.Where(f => f.IsCurrent).MaxBy(f => f.Id, StringComparer.Ordinal);
        if (current?.Sha256 == pending.Sha256)
        {
            ReconciliationFileStore.Discard(pending);
            return FileIngestOutcome.Stored(current, isNewVersion: false);
        }

        var now = time.GetUtcNow();
        store.Keep(pending);
        var file = versions.FirstOrDefault(f => f.Sha256 == pending.Sha256);
        if (file is null)
        {
            file = new ReconciliationFile
            {
                Id = Ids.New(Ids.ReconciliationFile, time),
                Source = inspected.Source,
                Kind = inspected.Kind,
                BusinessDay = inspected.BusinessDay,
                FileName = fileName.Length > 200 ? fileName[..200] : fileName,
                Sha256 = pending.Sha256,
                Size = pending.Size,
                Origin = origin,
                ReceivedBy = actor,
                ReceivedAt = now,
            };
            db.ReconciliationFiles.Add(file);
        }
        else
        {
            file.SupersededById = null;
            file.SupersededBy = null;
            file.SupersededAt = null;
        }

        foreach (var older in versions.Where(f => f.IsCurrent && f != file))
        {
            older.SupersededById = file.Id;
            older.SupersededBy = actor;
            older.SupersededAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (StorageErrors.IsUniqueViolation(ex))
        {
            // The same bytes arrived through another path at the same moment: that version stands.
            db.ChangeTracker.Clear();
            var stored = await db.ReconciliationFiles.AsNoTracking()
                .FirstAsync(f => f.Source == inspected.Source && f.BusinessDay == inspected.BusinessDay && f.Sha256 == pending.Sha256, cancellationToken);
            return FileIngestOutcome.Stored(stored, isNewVersion: false);
        }

        ReconciliationLog.FileStored(logger, file.Id, file.Source, file.BusinessDay, origin.ToString());
        return FileIngestOutcome.Stored(file, isNewVersion: true);
    }

    public Task<List<ReconciliationFile>> CurrentFilesAsync(DateOnly day, CancellationToken cancellationToken) =>
        db.ReconciliationFiles.AsNoTracking()
            .Where(f => f.BusinessDay == day && f.SupersededById == null)
            .OrderBy(f => f.Source)
            .ToListAsync(cancellationToken);
}
