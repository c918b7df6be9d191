using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Treasury.Pages;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// Every state-changing request to a treasury page is a form carrying the antiforgery field (the frame puts it on
/// every page as <see cref="TreasuryFrameView.Form"/>); anything else gets the "form not valid" page (400) before the
/// handler runs. The JSON API has its own filter (<see cref="TreasuryAntiforgeryFilter"/>), which answers problem+json.
/// </summary>
public sealed class TreasuryFormGuard(IAntiforgery antiforgery, PageRenderer pages) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return await next(context);
        }

        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            var frame = TreasuryFrameView.For(http, antiforgery);
            return await pages.RenderAsync<TreasuryMessagePage>(
                new TreasuryMessageView(frame, frame.Text.Frame.BadRequestTitle, frame.Text.Frame.BadRequestLead), StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
