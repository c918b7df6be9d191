namespace PayGov.Providers.BankTransfer;

/// <summary>The result of reading a VietQR payload.</summary>
/// <param name="Verdict">Valid, or the first check that failed.</param>
/// <param name="DataObjects">The root data objects when valid; empty otherwise.</param>
/// <param name="CanonicalPayload">The payload with its CRC in upper case when valid; <see langword="null"/> otherwise.</param>
public sealed record VietQrParseResult(VietQrVerdict Verdict, IReadOnlyList<VietQrDataObject> DataObjects, string? CanonicalPayload)
{
    internal static VietQrParseResult Failed(VietQrVerdict verdict) => new(verdict, [], null);
}
