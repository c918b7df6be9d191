using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Treasury;

/// <summary>The body of <c>POST /v1/treasury/session</c>.</summary>
public sealed record SignInRequest : IValidatedRequest
{
    public string? Username { get; init; }

    public string? Password { get; init; }

    public ApiError? Validate() =>
        TextRules.Required(Username, "username", 64) ?? TextRules.Required(Password, "password", 256);
}
