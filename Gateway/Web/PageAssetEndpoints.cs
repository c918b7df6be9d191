namespace PayGov.Gateway.Web;

public static class PageAssetEndpoints
{
    /// <summary><c>/assets/{name}</c>: the pages' fingerprinted stylesheets and script, public and cacheable.</summary>
    public static IEndpointRouteBuilder MapPageAssets(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assets/{name}", (HttpContext context, string name, PageAssets assets) => assets.Serve(context, name))
            .WithName("PageAsset")
            .ExcludeFromDescription();
        return routes;
    }
}
