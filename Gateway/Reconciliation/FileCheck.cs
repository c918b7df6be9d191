using System.Diagnostics.CodeAnalysis;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// A received file once checked: ready to register (<see cref="Pending"/>, <see cref="Inspected"/>), or refused with
/// <see cref="Failure"/> and nothing kept.
/// </summary>
public sealed record FileCheck(PendingFile? Pending, InspectedFile? Inspected, FileIngestOutcome? Failure)
{
    [MemberNotNullWhen(true, nameof(Pending), nameof(Inspected))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Passed => Failure is null;

    public static FileCheck Failed(FileIngestOutcome failure) => new(null, null, failure);
}
