using System.Security.Cryptography;
using System.Text;

namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>The <c>Idempotency-Key</c> of a request and the fingerprint of the request it was sent with.</summary>
public sealed record IdempotencyKey(string Key, string RequestHash)
{
    public const string HeaderName = "Idempotency-Key";
    public const int MaxLength = 255;

    public static ApiError? Validate(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return new ApiError(ErrorCodes.IdempotencyKeyMissing, $"This request needs an {HeaderName} header.", HeaderName);
        }

        return key.Length > MaxLength || key.Any(c => c is < '!' or > '~')
            ? new ApiError(ErrorCodes.IdempotencyKeyInvalid, $"The {HeaderName} must be 1 to {MaxLength} printable ASCII characters.", HeaderName)
            : null;
    }

    public static string Fingerprint(string method, string path, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{method} {path}\n"));
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
