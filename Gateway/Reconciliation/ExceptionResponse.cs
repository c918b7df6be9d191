using System.Text.Json;

namespace PayGov.Gateway.Reconciliation;

/// <summary>An exception of the queue on the wire; <see cref="Actions"/> (its audit trail) only when one is retrieved.</summary>
public sealed record ExceptionResponse(
    string Id,
    string Type,
    string Source,
    DateOnly BusinessDay,
    string Ref,
    string Reason,
    long? ExpectedAmount,
    long? ObservedAmount,
    string? Provider,
    string? PortalId,
    string Status,
    string? ResolutionCode,
    string? ResolutionNote,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    bool RequiresApproval,
    string RaisedByRunId,
    string LastRunId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JsonElement Details,
    IReadOnlyList<ExceptionActionResponse>? Actions)
{
    public string Object => "reconciliation_exception";

    public static ExceptionResponse From(ExceptionCase e, long approvalThreshold, IReadOnlyList<ExceptionAction>? actions = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        using var details = JsonDocument.Parse(e.DetailsJson);
        return new ExceptionResponse(
            e.Id, e.Type, e.Source, e.BusinessDay, e.Reference, e.Reason, e.ExpectedAmount, e.ObservedAmount, e.Provider, e.PortalId,
            ReconciliationWire.Of(e.Status), e.ResolutionCode, e.ResolutionNote, e.ResolvedBy, e.ResolvedAt, e.ApprovedBy, e.ApprovedAt,
            e.Magnitude > approvalThreshold, e.RaisedByRunId, e.LastRunId, e.CreatedAt, e.UpdatedAt, details.RootElement.Clone(),
            actions?.Select(ExceptionActionResponse.From).ToList());
    }
}
