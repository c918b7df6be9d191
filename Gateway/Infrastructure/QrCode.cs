using System.Globalization;
using System.Text;
using QRCoder;

namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// A QR code as its grid of dark modules (quiet zone included), drawn by each medium itself: one SVG path for pages,
/// rectangles for PDFs. Nothing is rasterised, so the code stays sharp at any size and costs a few hundred bytes.
/// </summary>
public sealed class QrCode
{
    private readonly bool[,] modules;

    private QrCode(bool[,] modules) => this.modules = modules;

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size => modules.GetLength(0);

    /// <summary>Error correction M: VietQR and receipt links are short, and M survives a creased printout.</summary>
    public static QrCode Encode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var grid = new bool[rows.Count, rows.Count];
        for (var y = 0; y < rows.Count; y++)
        {
            for (var x = 0; x < rows.Count; x++)
            {
                grid[y, x] = rows[y][x];
            }
        }

        return new QrCode(grid);
    }

    public bool IsDark(int x, int y) => modules[y, x];

    /// <summary>An inline SVG (no external request, allowed by the pages' CSP) with an accessible name.</summary>
    public string ToSvg(string accessibleName)
    {
        var path = new StringBuilder();
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (!modules[y, x])
                {
                    continue;
                }

                // Runs of dark modules on a row become one rectangle: a third of the path a module-per-square SVG needs.
                var run = 1;
                while (x + run < Size && modules[y, x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }

        var name = System.Net.WebUtility.HtmlEncode(accessibleName);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Size} {Size}" role="img" aria-label="{name}" shape-rendering="crispEdges"><rect width="{Size}" height="{Size}" fill="#fff"/><path d="{path}" fill="#000"/></svg>""";
    }
}
