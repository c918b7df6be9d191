using PayGov.Gateway.Checkout;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Web;
using PdfSharp.Drawing.Layout;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace PayGov.Gateway.Receipts;

/// <summary>
/// The receipt as an A4 PDF: who collected, for which dossier, each fee with its state-budget codes, the provider and
/// its transaction id, the time in GMT+7, and the QR code of the public verification page, drawn as vector squares.
/// </summary>
public sealed class ReceiptPdf
{
    private const double Margin = 48;
    private const double PageWidth = 595;
    private const double QrSide = 110;

    /// <remarks>
    /// A subset, which PDFsharp gets right only because the bundled fonts have no composite glyphs left
    /// (<c>Fonts/make-receipt-fonts.py</c>): its subsetter drops the components of composites, which are exactly the
    /// Vietnamese letters with two marks (ấ, ế, ồ, ễ, ử).
    /// </remarks>
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    static ReceiptPdf()
    {
        GlobalFontSettings.FontResolver = ReceiptFontResolver.Instance;
    }

    public byte[] Render(ReceiptDocument document, CheckoutText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        var receipt = document.Receipt;
        var intent = document.Intent;
        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{text.ReceiptTitle} {receipt.Number}";
        pdf.Info.Creator = "PayGov";
        pdf.Info.CreationDate = receipt.IssuedAt.UtcDateTime;
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(842);
        using var graphics = XGraphics.FromPdfPage(page);
        var title = new XFont(ReceiptFontResolver.FamilyName, 18, XFontStyleEx.Bold, FontOptions);
        var bold = new XFont(ReceiptFontResolver.FamilyName, 10, XFontStyleEx.Bold, FontOptions);
        var normal = new XFont(ReceiptFontResolver.FamilyName, 10, XFontStyleEx.Regular, FontOptions);
        var small = new XFont(ReceiptFontResolver.FamilyName, 8, XFontStyleEx.Regular, FontOptions);
        var layout = new XTextFormatter(graphics);

        var y = Margin;
        graphics.DrawString(text.ReceiptTitle.ToUpperInvariant(), title, XBrushes.Black, new XPoint(Margin, y + 18));
        y += 30;
        graphics.DrawString(document.PortalName, bold, XBrushes.Black, new XPoint(Margin, y + 10));
        y += 24;

        DrawQr(graphics, QrCode.Encode(document.VerificationUrl.AbsoluteUri), PageWidth - Margin - QrSide, Margin);
        layout.DrawString(text.ReceiptQrNote, small, XBrushes.Black, new XRect(PageWidth - Margin - QrSide, Margin + QrSide + 2, QrSide, 30));

        var labelWidth = 180.0;
        var valueWidth = PageWidth - (2 * Margin) - labelWidth - QrSide - 10;
        foreach (var (label, value) in new (string, string)[]
        {
            (text.ReceiptNumber, receipt.Number),
            (text.Dossier, intent.Reference),
            (text.Description, intent.Description ?? string.Empty),
            (text.Payer, intent.PayerName ?? text.PayerUnknown),
            (text.Provider, CheckoutWay.ProviderName(receipt.Provider)),
            (text.ProviderTransaction, receipt.ProviderTransactionId ?? "—"),
            (text.PaidAt, VietnameseFormat.TimeToSecond(receipt.IssuedAt)),
        })
        {
            graphics.DrawString(label, bold, XBrushes.Black, new XPoint(Margin, y + 10));
            layout.DrawString(value, normal, XBrushes.Black, new XRect(Margin + labelWidth, y, valueWidth, 28));
            y += value.Length > 48 ? 28 : 16;
        }

        y = Math.Max(y, Margin + QrSide + 40) + 10;
        var columns = new[] { Margin, Margin + 24, Margin + 250, PageWidth - Margin - 100 };
        graphics.DrawLine(XPens.Black, Margin, y, PageWidth - Margin, y);
        y += 4;
        graphics.DrawString("#", bold, XBrushes.Black, new XPoint(columns[0], y + 10));
        graphics.DrawString(text.FeeItem, bold, XBrushes.Black, new XPoint(columns[1], y + 10));
        graphics.DrawString(text.BudgetCodes, bold, XBrushes.Black, new XPoint(columns[2], y + 10));
        graphics.DrawString(text.Amount, bold, XBrushes.Black, new XRect(columns[3], y, 100, 14), XStringFormats.TopRight);
        y += 14;
        layout.DrawString(text.BudgetCodesLegend, small, XBrushes.Black, new XRect(columns[2], y, columns[3] - columns[2] - 8, 12));
        y += 14;
        graphics.DrawLine(XPens.Black, Margin, y, PageWidth - Margin, y);
        y += 4;
        foreach (var item in intent.FeeItems.OrderBy(i => i.ItemNo))
        {
            var budget = item.Budget;
            graphics.DrawString(item.ItemNo.ToString(System.Globalization.CultureInfo.InvariantCulture), normal, XBrushes.Black, new XPoint(columns[0], y + 10));
            layout.DrawString($"{item.Name} ({item.Code})", normal, XBrushes.Black, new XRect(columns[1], y, columns[2] - columns[1] - 8, 28));
            layout.DrawString(
                $"{budget.TreasuryCode} / {budget.BudgetChapter} / {budget.BudgetSubItem} / {budget.RevenueAgency} / {budget.AreaCode}",
                normal, XBrushes.Black, new XRect(columns[2], y, columns[3] - columns[2] - 8, 28));
            graphics.DrawString(VietnameseFormat.Money(item.Amount), normal, XBrushes.Black, new XRect(columns[3], y, 100, 14), XStringFormats.TopRight);
            y += 30;
        }

        graphics.DrawLine(XPens.Black, Margin, y, PageWidth - Margin, y);
        y += 6;
        graphics.DrawString(text.Total, bold, XBrushes.Black, new XPoint(columns[1], y + 10));
        graphics.DrawString(VietnameseFormat.Money(receipt.Amount), bold, XBrushes.Black, new XRect(columns[3], y, 100, 14), XStringFormats.TopRight);
        y += 30;
        layout.DrawString(text.VerifyLink + ": " + document.VerificationUrl.AbsoluteUri, small, XBrushes.Black, new XRect(Margin, y, PageWidth - (2 * Margin), 24));

        using var output = new MemoryStream();
        pdf.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void DrawQr(XGraphics graphics, QrCode qr, double left, double top)
    {
        var module = QrSide / qr.Size;
        for (var y = 0; y < qr.Size; y++)
        {
            for (var x = 0; x < qr.Size; x++)
            {
                if (qr.IsDark(x, y))
                {
                    // A hair wider than a module so neighbouring squares leave no visible seam in viewers.
                    graphics.DrawRectangle(XBrushes.Black, left + (x * module), top + (y * module), module + 0.05, module + 0.05);
                }
            }
        }
    }
}
