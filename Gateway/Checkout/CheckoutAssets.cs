using System.Security.Cryptography;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// The one stylesheet and the one small script of the citizen pages, embedded in the binary. Their names carry a
/// hash of their content, so they can be cached for a year and a new release is never served a stale copy.
/// </summary>
public sealed class CheckoutAssets
{
    private readonly Dictionary<string, (byte[] Content, string ContentType)> byName = new(StringComparer.Ordinal);

    public CheckoutAssets()
    {
        StylesheetPath = Load("checkout.css", "text/css; charset=utf-8");
        ScriptPath = Load("checkout.js", "text/javascript; charset=utf-8");
    }

    public string StylesheetPath { get; }

    public string ScriptPath { get; }

    public IResult Serve(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!byName.TryGetValue(name, out var asset))
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }

    private string Load(string fileName, string contentType)
    {
        using var stream = typeof(CheckoutAssets).Assembly.GetManifestResourceStream("PayGov.Gateway.Checkout.Assets." + fileName)
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
