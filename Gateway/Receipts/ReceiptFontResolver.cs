using PdfSharp.Fonts;

namespace PayGov.Gateway.Receipts;

/// <summary>
/// Gives PDFsharp the bundled DejaVu Sans (Bitstream Vera licence, <c>Fonts/LICENSE-DejaVu.txt</c>), cut to what a
/// receipt prints by <c>Fonts/make-receipt-fonts.py</c>: a receipt must print Vietnamese on any server, and the core
/// PDF fonts have no glyphs for it. Any family asked for gets DejaVu.
/// </summary>
internal sealed class ReceiptFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    /// <summary>PDFsharp keeps its resolver process-wide and wants the same instance every time it is set.</summary>
    public static readonly ReceiptFontResolver Instance = new();

    private static readonly Lazy<byte[]> RegularFace = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldFace = new(() => Load(Bold));

    private ReceiptFontResolver()
    {
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[]? GetFont(string faceName) => faceName switch
    {
        Regular => RegularFace.Value,
        Bold => BoldFace.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        using var stream = typeof(ReceiptFontResolver).Assembly.GetManifestResourceStream($"PayGov.Gateway.Receipts.Fonts.{face}.ttf")
            ?? throw new InvalidOperationException("Missing embedded font " + face);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
