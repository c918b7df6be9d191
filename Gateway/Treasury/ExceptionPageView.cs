using PayGov.Gateway.Reconciliation;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// One exception's page: the exception, its trail, the records involved, the approval threshold, whether its day is
/// closed, and the notice or error a form left (PRG).
/// </summary>
public sealed record ExceptionPageView(
    TreasuryFrameView Frame,
    ExceptionCase Exception,
    IReadOnlyList<ExceptionAction> Actions,
    IReadOnlyList<EvidenceRecord> Records,
    long ApprovalThreshold,
    bool DayClosed,
    string? Notice,
    string? Error)
{
    public bool NeedsApproval => Exception.Magnitude > ApprovalThreshold;

    /// <summary>A supervisor other than the resolver sees the approval forms; everyone else sees that it waits.</summary>
    public bool MayApprove => Frame.User is { IsSupervisor: true } user && Exception.ResolvedBy != user.Username;
}
