namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// An expected failure: a stable machine code, a human detail, the request field at fault, and any further members
/// the problem carries for a program to act on (counts, names).
/// </summary>
public sealed record ApiError(string Code, string Detail, string? Param = null, IReadOnlyDictionary<string, object>? Extensions = null);
