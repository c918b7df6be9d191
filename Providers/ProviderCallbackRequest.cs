namespace PayGov.Providers;

/// <summary>A provider callback exactly as received; adapters hash what arrived, never a re-serialisation.</summary>
/// <param name="QueryString">The raw query string (VNPAY IPN, redirects), or <see langword="null"/>.</param>
/// <param name="Body">The raw body bytes (MoMo, ZaloPay, bank notification); empty for a GET.</param>
/// <param name="Headers">Request headers that matter for verification (e.g. <c>PayGov-Bank-Signature</c>), names case-insensitive.</param>
/// <param name="ConnectorId">The bank connector from the callback path (<c>/callbacks/bank-transfer/{connectorId}/credits</c>), or <see langword="null"/>.</param>
public sealed record ProviderCallbackRequest(
    string? QueryString,
    ReadOnlyMemory<byte> Body,
    IReadOnlyDictionary<string, string> Headers,
    string? ConnectorId);
