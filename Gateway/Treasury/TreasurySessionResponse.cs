namespace PayGov.Gateway.Treasury;

/// <summary>Who is signed in, and the antiforgery token to send as <c>X-CSRF-Token</c> on state-changing calls.</summary>
public sealed record TreasurySessionResponse(string UserId, string Username, string Role, string CsrfToken)
{
    public string Object => "treasury_session";
}
