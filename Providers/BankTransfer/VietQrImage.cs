using QRCoder;

namespace PayGov.Providers.BankTransfer;

/// <summary>
/// Draws a VietQR payload for the checkout page (vietqr.md §4, PayGov rule): byte mode, error correction level M,
/// a quiet zone of 4 modules. The page shows bank, account, amount and reference as text beside it.
/// </summary>
public static class VietQrImage
{
    /// <summary>The light border around the symbol, in modules.</summary>
    public const int QuietZoneModules = 4;

    /// <summary>Renders the payload as an SVG document, black on white.</summary>
    /// <param name="payload">A valid VietQR payload (CRC included).</param>
    /// <param name="pixelsPerModule">Size of one module in SVG user units.</param>
    /// <returns>The SVG text.</returns>
    /// <exception cref="ArgumentException">The payload is not a valid VietQR payload.</exception>
    public static string Svg(string payload, int pixelsPerModule = 8)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixelsPerModule);
        using var data = Encode(payload);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(pixelsPerModule, "#000000", "#ffffff", drawQuietZones: true);
    }

    /// <summary>Renders the payload as a PNG image, black on white.</summary>
    /// <param name="payload">A valid VietQR payload (CRC included).</param>
    /// <param name="pixelsPerModule">Size of one module in pixels.</param>
    /// <returns>The PNG bytes.</returns>
    /// <exception cref="ArgumentException">The payload is not a valid VietQR payload.</exception>
    public static byte[] Png(string payload, int pixelsPerModule = 8)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixelsPerModule);
        using var data = Encode(payload);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(pixelsPerModule, drawQuietZones: true);
    }

    /// <summary>The symbol's modules, quiet zone included (<see langword="true"/> is dark): what both images draw.</summary>
    internal static bool[][] Modules(string payload)
    {
        using var data = Encode(payload);
        return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
    }

    private static QRCodeData Encode(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (VietQrPayload.Parse(payload).Verdict != VietQrVerdict.Valid)
        {
            throw new ArgumentException("Not a valid VietQR payload.", nameof(payload));
        }

        // forceUtf8 selects byte mode; the payload is printable ASCII, so its UTF-8 bytes are its characters and no ECI is written.
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true);
    }
}
