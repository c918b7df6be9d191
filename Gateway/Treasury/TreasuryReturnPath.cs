namespace PayGov.Gateway.Treasury;

/// <summary>
/// Where the sign-in page sends the user afterwards: the treasury page they first asked for, if it is one, else the
/// dashboard. Anything outside <c>/treasury</c> (another site, <c>//host</c>, a backslash trick) is ignored: no open redirect; so is
/// anything but printable ASCII, which a <c>Location</c> header cannot carry as it is.
/// </summary>
public static class TreasuryReturnPath
{
    public const string QueryName = "ReturnUrl";

    public static string Safe(string? asked) =>
        asked is { Length: > 0 } path
        && (path == TreasuryPageGroup.Root || path.StartsWith(TreasuryPageGroup.Root + "/", StringComparison.Ordinal) || path.StartsWith(TreasuryPageGroup.Root + "?", StringComparison.Ordinal))
        && !path.Contains("//", StringComparison.Ordinal)
        && !path.Contains('\\', StringComparison.Ordinal)
        && path.All(c => c is > ' ' and <= '~')
            ? path
            : TreasuryPageGroup.Root;
}
