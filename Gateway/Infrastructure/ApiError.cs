namespace PayGov.Gateway.Infrastructure;

/// <summary>An expected failure: a stable machine code, a human detail, and the request field at fault.</summary>
public sealed record ApiError(string Code, string Detail, string? Param = null);
