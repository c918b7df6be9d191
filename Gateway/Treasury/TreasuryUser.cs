namespace PayGov.Gateway.Treasury;

/// <summary>
/// A person of the State Treasury side who signs in to the reconciliation pages and API. Created only by the
/// operator's CLI. The password is held as a PBKDF2 hash (<see cref="TreasuryUserService"/>); repeated failures
/// lock the account for a while.
/// </summary>
public sealed class TreasuryUser
{
    public required string Id { get; init; }

    /// <summary>Lower-case; unique.</summary>
    public required string Username { get; init; }

    public TreasuryRole Role { get; set; }

    public required string PasswordHash { get; set; }

    /// <summary>Changes with every password change, so sessions signed in before it stop working.</summary>
    public required string SecurityStamp { get; set; }

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
