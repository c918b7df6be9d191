using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>The body of approve, reject and reopen: a note (mandatory for reject and reopen, optional for approve).</summary>
public sealed record ExceptionNoteRequest : IValidatedRequest
{
    public static bool BodyIsOptional => true;

    public string? Note { get; init; }

    public ApiError? Validate() => TextRules.Optional(Note, "note", 2000);
}
