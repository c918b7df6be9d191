using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// One reconciliation exception in the accountants' queue. Its <see cref="Key"/> is the README §4 identity
/// (type, source, business day, ref): a re-run that raises the same identity updates this row, so its id, status and
/// audit trail survive re-runs. Payments are never edited from here.
/// </summary>
public sealed class ExceptionCase : IHasId
{
    public required string Id { get; init; }

    public required string Key { get; init; }

    /// <summary>The engine's wire name (<c>missing_at_provider</c>, …).</summary>
    public required string Type { get; init; }

    public required string Source { get; init; }

    public DateOnly BusinessDay { get; init; }

    public required string Reference { get; init; }

    public required string Reason { get; set; }

    /// <summary>Đồng, or null where the side has no amount.</summary>
    public long? ExpectedAmount { get; set; }

    public long? ObservedAmount { get; set; }

    /// <summary><c>vnpay</c>, <c>momo</c>, <c>zalopay</c> or <c>bank_transfer</c>; null when no record tells.</summary>
    public string? Provider { get; set; }

    public string? PortalId { get; set; }

    /// <summary>The engine's details (other references) as JSON.</summary>
    public required string DetailsJson { get; set; }

    public ExceptionStatus Status { get; set; }

    public string? ResolutionCode { get; set; }

    public string? ResolutionNote { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ApprovedBy { get; set; }

    public DateTimeOffset? ApprovedAt { get; set; }

    public required string RaisedByRunId { get; init; }

    /// <summary>The latest run of its day that raised it.</summary>
    public required string LastRunId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: two accountants acting at once cannot both win.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Forgets a resolution (a reopening, a rejected approval, a re-run that changes the amounts).</summary>
    public void ClearResolution()
    {
        ResolutionCode = null;
        ResolutionNote = null;
        ResolvedBy = null;
        ResolvedAt = null;
        ApprovedBy = null;
        ApprovedAt = null;
    }

    /// <summary>The amount a resolution is judged by against the approval threshold: the larger side.</summary>
    public long Magnitude => Math.Max(Math.Abs(ExpectedAmount ?? 0), Math.Abs(ObservedAmount ?? 0));
}
