namespace PayGov.Gateway.Reconciliation;

/// <summary>One line of an exception's audit trail on the wire.</summary>
public sealed record ExceptionActionResponse(
    string Action, string Actor, string ActorRole, DateTimeOffset At, string? FromStatus, string ToStatus, string? ResolutionCode, string? Note, string? RunId)
{
    public static ExceptionActionResponse From(ExceptionAction a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new ExceptionActionResponse(
            a.Action, a.Actor, a.ActorRole, a.At, a.FromStatus is { } from ? ReconciliationWire.Of(from) : null, ReconciliationWire.Of(a.ToStatus),
            a.ResolutionCode, a.Note, a.RunId);
    }
}
