using System.Security.Cryptography;

namespace PayGov.Gateway.Web;

/// <summary>
/// The stylesheets and the one small script of the gateway's pages, embedded in the binary and served by the gateway
/// itself (never a CDN). Their names carry a hash of their content, so they can be cached for a year and a new release
/// is never served a stale copy.
/// </summary>
public sealed class PageAssets
{
    private readonly Dictionary<string, (byte[] Content, string ContentType)> byName = new(StringComparer.Ordinal);

    public PageAssets()
    {
        CheckoutStylesheetPath = Load("checkout.css", "text/css; charset=utf-8");
        CheckoutScriptPath = Load("checkout.js", "text/javascript; charset=utf-8");
        TreasuryStylesheetPath = Load("treasury.css", "text/css; charset=utf-8");
    }

    /// <summary>The citizen pages' stylesheet (phone first).</summary>
    public string CheckoutStylesheetPath { get; }

    /// <summary>The waiting pages' script (copy buttons, reload on a recorded change).</summary>
    public string CheckoutScriptPath { get; }

    /// <summary>The treasury pages' stylesheet (desktop first: tables and charts).</summary>
    public string TreasuryStylesheetPath { get; }

    public IResult Serve(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!byName.TryGetValue(name, out var asset))
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private string Load(string fileName, string contentType)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("PayGov.Gateway.Assets." + fileName)
            ?? throw new InvalidOperationException("Missing embedded asset " + fileName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        var name = $"{Path.GetFileNameWithoutExtension(fileName)}.{hash}{Path.GetExtension(fileName)}";
        byName[name] = (content, contentType);
        return "/assets/" + name;
    }
}
