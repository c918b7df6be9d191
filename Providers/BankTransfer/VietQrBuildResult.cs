using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers.BankTransfer;

/// <summary>A built VietQR payload, or the reason it was refused (never truncated or rounded).</summary>
/// <param name="Payload">The payload text, printable ASCII, CRC included; <see langword="null"/> when refused.</param>
/// <param name="Error">A snake_case reason such as <c>purpose_too_long</c>; <see langword="null"/> on success.</param>
public sealed record VietQrBuildResult(string? Payload, string? Error)
{
    /// <summary>True when a payload was built.</summary>
    [MemberNotNullWhen(true, nameof(Payload))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Payload is not null;
}
