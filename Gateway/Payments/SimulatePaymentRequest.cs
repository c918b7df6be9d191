using PayGov.Gateway.Infrastructure;
using PayGov.Providers;

namespace PayGov.Gateway.Payments;

/// <summary>The body of <c>POST /v1/test_helpers/payment_intents/{id}/simulate_payment</c>.</summary>
public sealed record SimulatePaymentRequest : IValidatedRequest
{
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>A provider's wire name (<c>vnpay</c>, <c>momo</c>, <c>zalopay</c>, <c>bank_transfer</c>); its sandbox must be enabled.</summary>
    public string? Provider { get; init; }

    /// <summary>
    /// Instead of <see cref="Provider"/>: a method (<c>wallet</c>, <c>card</c>, <c>bank_transfer</c>), routed as a
    /// citizen's choice is, failover included.
    /// </summary>
    public string? Method { get; init; }

    /// <summary><c>succeeded</c> presses "pay" at the sandbox, <c>failed</c> presses "decline".</summary>
    public string? Outcome { get; init; }

    /// <summary>The validated provider, or <see langword="null"/> when a method is routed instead.</summary>
    public ProviderId? ParsedProvider() => ProviderIdExtensions.TryParseWireName(Provider, out var id) ? id : null;

    /// <summary>The validated method, or <see langword="null"/> when a provider was named.</summary>
    public PaymentMethod? ParsedMethod() => PaymentMethodExtensions.TryParseWireName(Method, out var method) ? method : null;

    public ApiError? Validate()
    {
        if ((Provider is null) == (Method is null))
        {
            return new ApiError(ErrorCodes.ParameterMissing, "Exactly one of 'provider' and 'method' is required.", Provider is null ? "provider" : "method");
        }

        if (Method is not null && !PaymentMethodExtensions.TryParseWireName(Method, out _))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "'method' must be 'wallet', 'card' or 'bank_transfer'.", "method");
        }

        if (Provider is not null && !ProviderIdExtensions.TryParseWireName(Provider, out _))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "'provider' must be 'vnpay', 'momo', 'zalopay' or 'bank_transfer'.", "provider");
        }

        if (Outcome is null)
        {
            return new ApiError(ErrorCodes.ParameterMissing, "'outcome' is required.", "outcome");
        }

        return Outcome is Succeeded or Failed
            ? null
            : new ApiError(ErrorCodes.ParameterInvalid, "'outcome' must be 'succeeded' or 'failed'.", "outcome");
    }
}
