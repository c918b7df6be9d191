namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Somewhere the files of a business day can be fetched before its nightly run (a provider's SFTP, a bank's API, the
/// embedded sandbox). What a source gives goes through the same checks as an upload.
/// </summary>
public interface IReconciliationFileSource
{
    /// <summary>For logs: <c>sandbox:momo</c>, …</summary>
    string Name { get; }

    /// <summary>The source's files of <paramref name="day"/>; none when it has nothing (yet). Throws when it cannot be reached.</summary>
    IAsyncEnumerable<FetchedFile> FetchAsync(DateOnly day, CancellationToken cancellationToken);
}
