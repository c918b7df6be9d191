namespace PayGov.Gateway.Treasury;

/// <summary>The sign-in page: what was typed (never the password), the error or notice to show, where to go after.</summary>
public sealed record SignInView(TreasuryFrameView Frame, string? Username, string? Error, string? Notice, string ReturnPath);
