using PayGov.Providers;

namespace PayGov.Gateway.Payments;

/// <summary>
/// What the citizen (or a test helper) chose: a method, optionally a provider. With <see cref="Only"/> set, that
/// provider or nothing; otherwise routing orders the candidates, <see cref="Preferred"/> first among equals.
/// </summary>
public sealed record AttemptChoice(PaymentMethod Method, ProviderId? Preferred = null, ProviderId? Only = null);
