namespace PayGov.Gateway.Reconciliation;

/// <summary>Stored reconciliation runs and their files (event ids 7100–7199).</summary>
internal static partial class ReconciliationLog
{
    [LoggerMessage(7100, LogLevel.Warning, "Reconciliation file {FileName} refused at line {Line}, field {Field}")]
    public static partial void FileRefused(ILogger logger, string fileName, int line, string field);

    [LoggerMessage(7101, LogLevel.Information, "Reconciliation file {FileId} stored for {Source} {BusinessDay} ({Origin})")]
    public static partial void FileStored(ILogger logger, string fileId, string source, DateOnly businessDay, string origin);

    [LoggerMessage(7102, LogLevel.Information, "Reconciliation run {RunId} of {BusinessDay}: {Status}, {Exceptions} exceptions, {Awaiting} awaiting")]
    public static partial void RunFinished(ILogger logger, string runId, DateOnly businessDay, string status, int exceptions, int awaiting);

    [LoggerMessage(7103, LogLevel.Information, "Reconciliation of {BusinessDay}: inputs unchanged, run {RunId} stands")]
    public static partial void RunReused(ILogger logger, DateOnly businessDay, string runId);

    [LoggerMessage(7104, LogLevel.Information, "Nightly reconciliation of {BusinessDay}: another node is running it or has run it")]
    public static partial void NightlyTakenElsewhere(ILogger logger, DateOnly businessDay);

    [LoggerMessage(7105, LogLevel.Error, "Nightly reconciliation of {BusinessDay} failed")]
    public static partial void NightlyFailed(ILogger logger, DateOnly businessDay, Exception exception);

    [LoggerMessage(7106, LogLevel.Warning, "Drop-folder file {FileName} refused and moved aside: {Problem}")]
    public static partial void DropFileRefused(ILogger logger, string fileName, string problem);

    [LoggerMessage(7107, LogLevel.Warning, "Reconciliation source {Source} could not give the files of {BusinessDay}")]
    public static partial void SourceUnavailable(ILogger logger, string source, DateOnly businessDay, Exception exception);

    [LoggerMessage(7109, LogLevel.Debug, "Nightly reconciliation of {BusinessDay} waits until {At}")]
    public static partial void NightlyScheduled(ILogger logger, DateOnly businessDay, DateTimeOffset at);

    [LoggerMessage(7110, LogLevel.Information, "Business day {BusinessDay} closed by {ClosedBy} on the figures of run {RunId}")]
    public static partial void DayClosed(ILogger logger, DateOnly businessDay, string closedBy, string runId);

    [LoggerMessage(7111, LogLevel.Warning, "Reconciliation of {BusinessDay} ({Trigger}) skipped: frozen by the close of {ClosedDay}")]
    public static partial void ClosedDaySkipped(ILogger logger, DateOnly businessDay, string trigger, DateOnly closedDay);

    [LoggerMessage(7112, LogLevel.Warning, "Re-running the days after {BusinessDay} stops at {FrozenFrom}, the first day the close of {ClosedDay} froze; {Skipped} later day(s) keep their runs")]
    public static partial void RerunStoppedAtClosedDay(ILogger logger, DateOnly businessDay, DateOnly frozenFrom, DateOnly closedDay, int skipped);

    [LoggerMessage(7113, LogLevel.Warning, "File {FileName} for {BusinessDay} not taken: frozen by the close of {ClosedDay}")]
    public static partial void ClosedDayFileRefused(ILogger logger, string fileName, DateOnly businessDay, DateOnly closedDay);

    [LoggerMessage(7114, LogLevel.Warning, "File {FileName} for {BusinessDay} not stored: a reconciliation run or a close holds the lock; it is taken when sent again")]
    public static partial void FileBusy(ILogger logger, string fileName, DateOnly businessDay);

    [LoggerMessage(7115, LogLevel.Warning, "File {FileName} from {Source} not taken: {Problem}")]
    public static partial void SourceFileRefused(ILogger logger, string source, string fileName, string problem);

    [LoggerMessage(7108, LogLevel.Warning, "Reconciliation run {RunId} of {BusinessDay} rejected: {Error}")]
    public static partial void RunRejected(ILogger logger, string runId, DateOnly businessDay, string error);
}
