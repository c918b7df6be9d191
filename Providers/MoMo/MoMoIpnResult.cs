namespace PayGov.Providers.MoMo;

/// <summary>The decision on a MoMo IPN: the HTTP answer and what to record.</summary>
/// <param name="HttpStatus"><c>204</c> (no body) once authentic; <c>400</c> or <c>401</c> problem+json otherwise.</param>
/// <param name="ProblemCode">The problem+json <c>code</c> for 4xx answers (<c>payload_invalid</c>, <c>signature_invalid</c>), else <see langword="null"/>.</param>
/// <param name="Outcome">What to record.</param>
public sealed record MoMoIpnResult(int HttpStatus, string? ProblemCode, MoMoIpnOutcome Outcome);
