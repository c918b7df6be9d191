using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// What <c>TreasuryFrame.razor</c> needs from the request, built once per page: the reader's language, who is signed
/// in (none on the sign-in page), the antiforgery field every form of the page carries (the sign-out button's too),
/// and the page's own address for the language switch. Every treasury page model starts with one.
/// </summary>
public sealed record TreasuryFrameView(TreasuryText Text, TreasuryPrincipal? User, AntiforgeryField Form, string PathAndQuery)
{
    public static TreasuryFrameView For(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        return new TreasuryFrameView(
            TreasuryText.Of(context),
            TreasuryPrincipal.From(context.User),
            AntiforgeryField.From(antiforgery.GetAndStoreTokens(context)),
            context.Request.Path + context.Request.QueryString);
    }

    public string LanguageHref => LanguageSwitch.Href(PathAndQuery, LanguageSwitch.Other(Text.Language));
}
