using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// Treasury accounts: created and reset by the operator's CLI, checked at sign-in. Passwords are hashed with
/// ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (format v3: PBKDF2-HMAC-SHA512, random 128-bit salt)
/// at <see cref="HashIterations"/> iterations; a hash made with fewer is re-hashed at the next good sign-in.
/// </summary>
public sealed class TreasuryUserService(PayGovDbContext db, TimeProvider time, IOptions<TreasuryOptions> options, ILogger<TreasuryUserService> logger)
{
    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512 (Identity's own default is 100,000).</summary>
    public const int HashIterations = 210_000;

    private static readonly PasswordHasher<TreasuryUser> Hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = HashIterations,
    }));

    // Checked when the username is unknown, so an unknown name costs the same time as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(null!, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    public async Task<Result<TreasuryUser>> CreateAsync(string username, TreasuryRole role, string password, CancellationToken cancellationToken)
    {
        var name = Normalize(username);
        if ((ValidateUsername(name) ?? ValidatePassword(password)) is { } error)
        {
            return error;
        }

        if (await ExistsAsync(name, cancellationToken))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"A treasury user '{name}' exists already.", "username");
        }

        var user = new TreasuryUser
        {
            Id = Ids.New(Ids.TreasuryUser, time),
            Username = name,
            Role = role,
            PasswordHash = "",
            SecurityStamp = NewStamp(),
            CreatedAt = time.GetUtcNow(),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.TreasuryUsers.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        TreasuryLog.UserCreated(logger, user.Id, role.ToWire());
        return user;
    }

    public Task<bool> ExistsAsync(string username, CancellationToken cancellationToken)
    {
        var name = Normalize(username);
        return db.TreasuryUsers.AnyAsync(u => u.Username == name, cancellationToken);
    }

    /// <summary>A new password also ends every session of the account and lifts a lockout.</summary>
    public async Task<Result<TreasuryUser>> ResetPasswordAsync(string username, string password, CancellationToken cancellationToken)
    {
        if (ValidatePassword(password) is { } error)
        {
            return error;
        }

        var name = Normalize(username);
        var user = await db.TreasuryUsers.FirstOrDefaultAsync(u => u.Username == name, cancellationToken);
        if (user is null)
        {
            return new ApiError(ErrorCodes.ResourceMissing, $"No treasury user '{name}'.", "username");
        }

        user.PasswordHash = Hasher.HashPassword(user, password);
        user.SecurityStamp = NewStamp();
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);
        TreasuryLog.PasswordReset(logger, user.Id);
        return user;
    }

    /// <summary>
    /// Checks a sign-in. A wrong password counts against the account; <see cref="TreasuryOptions.MaxFailedSignIns"/> in a
    /// row lock it for <see cref="TreasuryOptions.LockoutDuration"/>, during which even the right password is refused.
    /// </summary>
    public async Task<Result<TreasuryUser>> SignInAsync(string username, string password, CancellationToken cancellationToken)
    {
        var name = Normalize(username);
        var user = await db.TreasuryUsers.FirstOrDefaultAsync(u => u.Username == name, cancellationToken);
        var now = time.GetUtcNow();
        if (user is null)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password);
            return InvalidCredentials();
        }

        if (user.LockedUntil is { } until && until > now)
        {
            // The same answer as an unknown name: "locked" would tell a guesser which usernames exist.
            TreasuryLog.SignInWhileLocked(logger, user.Id);
            Hasher.VerifyHashedPassword(null!, DecoyHash, password);
            return InvalidCredentials();
        }

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await CountFailureAsync(user, now, cancellationToken);
            return InvalidCredentials();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = Hasher.HashPassword(user, password);
        }

        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        TreasuryLog.SignedIn(logger, user.Id);
        return user;
    }

    /// <summary>
    /// Signing out gives the account a new security stamp, so the signed-out cookie is dead on every node even if a copy
    /// of it survives somewhere; the price is that the user's other sessions end too.
    /// </summary>
    public Task EndSessionsAsync(string userId, CancellationToken cancellationToken) =>
        db.TreasuryUsers.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, NewStamp()), cancellationToken);

    /// <summary>The account a session names, if it still exists with the same security stamp.</summary>
    public Task<TreasuryUser?> FindSessionUserAsync(string id, string stamp, CancellationToken cancellationToken) =>
        db.TreasuryUsers.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.SecurityStamp == stamp, cancellationToken);

    private async Task CountFailureAsync(TreasuryUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // An atomic increment: parallel guesses each count, none overwrites another's.
        await db.TreasuryUsers.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1), cancellationToken);
        var failures = await db.TreasuryUsers.Where(u => u.Id == user.Id).Select(u => u.FailedSignIns).FirstAsync(cancellationToken);
        TreasuryLog.SignInFailed(logger, user.Id, failures);
        if (failures >= options.Value.MaxFailedSignIns)
        {
            var until = now + options.Value.LockoutDuration;
            await db.TreasuryUsers.Where(u => u.Id == user.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockedUntil, until).SetProperty(u => u.FailedSignIns, 0), cancellationToken);
            TreasuryLog.Locked(logger, user.Id, until);
        }
    }

    private ApiError? ValidatePassword(string password) =>
        string.IsNullOrEmpty(password) || password.Length < options.Value.MinPasswordLength || password.Length > 256
            ? new ApiError(ErrorCodes.ParameterInvalid, $"A password has {options.Value.MinPasswordLength} to 256 characters.", "password")
            : null;

    private static ApiError? ValidateUsername(string name) =>
        name.Length is < 3 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            ? new ApiError(ErrorCodes.ParameterInvalid, "A username has 3 to 64 letters, digits, '.', '_' or '-'.", "username")
            : null;

    private static ApiError InvalidCredentials() => new(
        ErrorCodes.InvalidCredentials, "Unknown username or wrong password, or the account is locked for a while after repeated failures.");

    private static string Normalize(string? username) => (username ?? "").Trim().ToLowerInvariant();

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
