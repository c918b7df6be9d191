using System.Diagnostics;

namespace PayGov.Browser.Tests.Checkout;

/// <summary>A PDF's text as a reader extracts it (poppler's pdftotext, installed by test.sh): what a citizen would see and copy.</summary>
public static class PdfText
{
    public static async Task<string> ReadAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "paygov-receipt-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            }) ?? throw new InvalidOperationException("pdftotext did not start: install poppler-utils (test.sh does).");
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);

            // Layout may break a line anywhere; a no-break space reads as a space.
            return text.Replace('\u00a0', ' ');
        }
        finally
        {
            File.Delete(path);
        }
    }
}
