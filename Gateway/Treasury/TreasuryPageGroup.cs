namespace PayGov.Gateway.Treasury;

public static class TreasuryPageGroup
{
    public const string Root = "/treasury";

    /// <summary>
    /// A group of treasury pages under <c>/treasury</c>: the pages' security headers, the antiforgery guard on every
    /// form, and (unless <paramref name="signedIn"/> is false) a signed-in treasury user — a signed-out browser is
    /// redirected to the sign-in page with no content, and a portal API key counts for nothing. Each page area maps
    /// its pages on a group of its own; a role above accountant adds its policy to the endpoint.
    /// </summary>
    public static RouteGroupBuilder MapTreasuryPageGroup(this IEndpointRouteBuilder routes, bool signedIn = true)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var group = routes.MapGroup(Root)
            .AddEndpointFilter<TreasuryPageHeaders>()
            .AddEndpointFilter<TreasuryFormGuard>()
            .ExcludeFromDescription();
        return signedIn ? group.RequireAuthorization(TreasuryAuthentication.AccountantPolicy) : group.AllowAnonymous();
    }
}
