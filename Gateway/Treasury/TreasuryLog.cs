namespace PayGov.Gateway.Treasury;

/// <summary>Treasury sign-in and account events (event ids 7000–7099). Ids only: never a password or a username.</summary>
internal static partial class TreasuryLog
{
    [LoggerMessage(7000, LogLevel.Information, "Treasury user {UserId} created with role {Role}")]
    public static partial void UserCreated(ILogger logger, string userId, string role);

    [LoggerMessage(7001, LogLevel.Information, "Treasury user {UserId} has a new password; older sessions end")]
    public static partial void PasswordReset(ILogger logger, string userId);

    [LoggerMessage(7002, LogLevel.Information, "Treasury user {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(7006, LogLevel.Information, "Treasury user {UserId} signed out")]
    public static partial void SignedOut(ILogger logger, string userId);

    [LoggerMessage(7003, LogLevel.Warning, "Treasury user {UserId}: wrong password, {Failures} in a row")]
    public static partial void SignInFailed(ILogger logger, string userId, int failures);

    [LoggerMessage(7004, LogLevel.Warning, "Treasury user {UserId} locked until {LockedUntil}")]
    public static partial void Locked(ILogger logger, string userId, DateTimeOffset lockedUntil);

    [LoggerMessage(7005, LogLevel.Warning, "Treasury user {UserId} tried to sign in while locked")]
    public static partial void SignInWhileLocked(ILogger logger, string userId);
}
