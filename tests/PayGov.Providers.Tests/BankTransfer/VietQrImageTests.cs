using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using PayGov.Providers.BankTransfer;
using ZXing.Common;

namespace PayGov.Providers.Tests.BankTransfer;

/// <summary>
/// The checkout's QR images, read back independently: the PNG's pixels and the SVG's drawing are turned into a
/// module grid and decoded by ZXing's QR decoder, which must give back the payload, in byte mode, at level M.
/// </summary>
public partial class VietQrImageTests
{
    private const string Payload = "00020101021238540010A00000072701240006970436011010234567890208QRIBFTTA530370454061250005802VN62170813PG7K3M9QX2ABV630444D9";

    [Fact]
    public void The_PNG_decodes_to_the_payload_in_byte_mode_at_level_M_with_a_quiet_zone_of_4_modules()
    {
        var modules = PngModules(VietQrImage.Png(Payload, pixelsPerModule: 3), pixelsPerModule: 3);

        var decoded = Decode(modules);

        Assert.Equal(Payload, decoded.Text);
        Assert.Equal("M", decoded.ECLevel);
        Assert.NotNull(decoded.ByteSegments);
        Assert.True(HasLightBorder(modules, VietQrImage.QuietZoneModules));
    }

    [Fact]
    public void The_SVG_draws_exactly_the_modules_of_the_symbol_and_decodes_to_the_payload()
    {
        var modules = SvgModules(VietQrImage.Svg(Payload));

        Assert.Equal(VietQrImage.Modules(Payload), modules);
        Assert.Equal(Payload, Decode(modules).Text);
        Assert.True(HasLightBorder(modules, VietQrImage.QuietZoneModules));
    }

    [Fact]
    public void A_payload_that_does_not_read_as_VietQR_is_refused()
    {
        var tampered = Payload.Replace("5406125000", "5406150000", StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => VietQrImage.Png(tampered));
        Assert.Throws<ArgumentException>(() => VietQrImage.Svg("not a payload"));
    }

    private static DecoderResult Decode(bool[][] modules)
    {
        var quiet = VietQrImage.QuietZoneModules;
        var size = modules.Length - (2 * quiet);
        var bits = new BitMatrix(size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                bits[x, y] = modules[y + quiet][x + quiet];
            }
        }

        return new ZXing.QrCode.Internal.Decoder().decode(bits, null) ?? throw new InvalidOperationException("ZXing could not decode the symbol.");
    }

    private static bool HasLightBorder(bool[][] modules, int width) =>
        modules.Select((row, y) => row.Where((dark, x) => dark && (x < width || y < width || x >= row.Length - width || y >= modules.Length - width)).Any()).All(any => !any);

    /// <summary>Reads a grey-scale PNG (bit depth 1 or 8, filter "none" per line, as QRCoder writes it) and samples each module's centre.</summary>
    private static bool[][] PngModules(byte[] png, int pixelsPerModule)
    {
        var position = 8;
        int width = 0, height = 0, bitDepth = 0;
        using var compressed = new MemoryStream();
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    Assert.Equal(0, data[9]);
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            position += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = 1 + (((width * bitDepth) + 7) / 8);
        bool Dark(int x, int y)
        {
            Assert.Equal(0, raw[y * stride]);
            var line = raw.AsSpan((y * stride) + 1, stride - 1);
            return bitDepth == 1 ? (line[x / 8] & (0x80 >> (x % 8))) == 0 : line[x] < 128;
        }

        Assert.Equal(width, height);
        var count = width / pixelsPerModule;
        return [.. Enumerable.Range(0, count).Select(my => Enumerable.Range(0, count).Select(mx => Dark((mx * pixelsPerModule) + (pixelsPerModule / 2), (my * pixelsPerModule) + (pixelsPerModule / 2))).ToArray())];
    }

    /// <summary>Reads the SVG's viewBox (one unit per module) and its path of dark runs <c>M{x} {y}h{w}v1h-{w}z</c>.</summary>
    private static bool[][] SvgModules(string svg)
    {
        var size = int.Parse(ViewBox().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);
        var modules = Enumerable.Range(0, size).Select(_ => new bool[size]).ToArray();
        var runs = Run().Matches(svg);
        Assert.NotEmpty(runs);
        foreach (Match run in runs)
        {
            var x = int.Parse(run.Groups[1].Value, CultureInfo.InvariantCulture);
            var y = int.Parse(run.Groups[2].Value, CultureInfo.InvariantCulture);
            var w = int.Parse(run.Groups[3].Value, CultureInfo.InvariantCulture);
            for (var i = 0; i < w; i++)
            {
                modules[y][x + i] = true;
            }
        }

        return modules;
    }

    [GeneratedRegex("viewBox=\"0 0 (\\d+) \\1\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("M(\\d+) (\\d+)h(\\d+)v1h-\\3z")]
    private static partial Regex Run();
}
