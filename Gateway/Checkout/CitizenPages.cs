using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using PayGov.Gateway.Checkout.Pages;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// Renders the citizen pages' Razor components to HTML on the server (static rendering, no circuit, no framework
/// script), so a page is one HTML document, one stylesheet, and nothing from anyone else.
/// </summary>
public sealed class CitizenPages(IServiceProvider services, ILoggerFactory loggerFactory)
{
    public async Task<IResult> RenderAsync<TComponent>(object model, int statusCode = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        // HtmlRenderer activates components from a service provider; this is the request's, not a locator in business code.
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model }));
            return output.ToHtmlString();
        });
        return TypedResults.Content("<!DOCTYPE html>\n" + html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, statusCode);
    }

    /// <summary>The same answer for a wrong id, a wrong secret, or another intent's secret: nothing to learn from it.</summary>
    public Task<IResult> NotFoundAsync(CheckoutText text) =>
        RenderAsync<MessagePage>(new MessageView(text, text.NotFoundTitle, text.NotFoundLead), StatusCodes.Status404NotFound);

    public Task<IResult> BadRequestAsync(CheckoutText text) =>
        RenderAsync<MessagePage>(new MessageView(text, text.BadRequestTitle, text.BadRequestLead), StatusCodes.Status400BadRequest);
}
