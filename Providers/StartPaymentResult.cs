namespace PayGov.Providers;

/// <summary>What the citizen is sent to: a redirect URL or a QR payload (plus a deeplink), and the provider's reference.</summary>
/// <param name="ProviderReference">The reference the provider knows the attempt by (usually the merchant reference).</param>
/// <param name="RedirectUrl">Hosted page to redirect the browser to, or <see langword="null"/>.</param>
/// <param name="QrPayload">Text to render as a QR code (VietQR payload, MoMo <c>qrCodeUrl</c>), or <see langword="null"/>.</param>
/// <param name="Deeplink">Link that opens the provider's app on a phone, or <see langword="null"/>.</param>
public sealed record StartPaymentResult(string ProviderReference, string? RedirectUrl, string? QrPayload, string? Deeplink);
