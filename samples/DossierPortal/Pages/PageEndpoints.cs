using DossierPortal.Dossiers;

namespace DossierPortal.Pages;

/// <summary>The citizen-facing pages: the dossier list and one dossier with its fees and Pay button.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", (DossierStore store) => HtmlPages.List(store.All));
        routes.MapGet("/dossiers/{id}", (string id, DossierStore store) => store.Find(id) is { } dossier ? HtmlPages.Detail(dossier) : HtmlPages.NotFound());
        return routes;
    }
}
