using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace PayGov.Gateway.Web;

/// <summary>
/// Renders the gateway's pages — the citizen pages and the treasury pages alike — from Razor components to HTML on the
/// server (static rendering, no circuit, no framework script), so a page is one HTML document, its stylesheet, and
/// nothing from anyone else. Every page component takes one parameter, <c>Model</c>.
/// </summary>
public sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
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
}
