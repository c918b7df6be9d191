namespace PayGov.Providers;

/// <summary>One attempt to start at a provider (<see cref="IPaymentProvider.StartAsync"/>).</summary>
/// <param name="AttemptId">PayGov's attempt id (<c>pa_…</c>).</param>
/// <param name="IntentId">PayGov's intent id (<c>pi_…</c>).</param>
/// <param name="MerchantReference">The attempt's merchant reference (<see cref="PayGov.Providers.MerchantReference"/>), unique per attempt.</param>
/// <param name="Amount">Amount in đồng, positive.</param>
/// <param name="Description">Description shown to the payer; each adapter transliterates or trims it as its provider requires.</param>
/// <param name="Method">The method the citizen chose.</param>
/// <param name="ReturnUrl">Absolute URL of PayGov's return page for this attempt.</param>
/// <param name="PayerIpAddress">The citizen's IP address (VNPAY requires it), or <see langword="null"/>.</param>
/// <param name="CreatedAt">When the attempt was created.</param>
/// <param name="ExpiresAt">When the attempt expires (at most the intent's expiry).</param>
public sealed record StartPaymentRequest(
    string AttemptId,
    string IntentId,
    string MerchantReference,
    long Amount,
    string Description,
    PaymentMethod Method,
    string ReturnUrl,
    string? PayerIpAddress,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
