using PayGov.Providers.BankTransfer;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// What a citizen types when transferring by hand, read back from the attempt's VietQR payload itself (vietqr.md §2),
/// so the text beside the QR code can never disagree with the code.
/// </summary>
public sealed record TransferDetails(string Payload, string BankBin, string BankName, string Account, long? Amount, string Content)
{
    /// <summary>The banks whose BINs vietqr.md §5 lists; an unlisted BIN is shown as itself.</summary>
    private static readonly Dictionary<string, string> BankNames = new(StringComparer.Ordinal)
    {
        ["970436"] = "Vietcombank",
        ["970415"] = "VietinBank",
        ["970418"] = "BIDV",
        ["970405"] = "Agribank",
        ["970407"] = "Techcombank",
        ["970422"] = "MB (MBBank)",
        ["970416"] = "ACB",
        ["970403"] = "Sacombank",
        ["970432"] = "VPBank",
        ["970423"] = "TPBank",
        ["970437"] = "HDBank",
        ["970441"] = "VIB",
        ["970443"] = "SHB",
        ["970448"] = "OCB",
    };

    /// <summary>The details, or <see langword="null"/> when the payload is not a valid VietQR.</summary>
    public static TransferDetails? Read(string payload)
    {
        var parsed = VietQrPayload.Parse(payload);
        if (parsed.Verdict != VietQrVerdict.Valid)
        {
            return null;
        }

        var beneficiary = parsed.DataObjects.First(o => o.Id == "38").Children.FirstOrDefault(o => o.Id == "01");
        var bin = beneficiary?.Children.FirstOrDefault(o => o.Id == "00")?.Value;
        var account = beneficiary?.Children.FirstOrDefault(o => o.Id == "01")?.Value;
        if (bin is null || account is null)
        {
            return null;
        }

        var amountText = parsed.DataObjects.FirstOrDefault(o => o.Id == "54")?.Value;
        long? amount = long.TryParse(amountText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        var content = parsed.DataObjects.FirstOrDefault(o => o.Id == "62")?.Children.FirstOrDefault(o => o.Id == "08")?.Value ?? string.Empty;
        return new TransferDetails(payload, bin, BankNames.GetValueOrDefault(bin, bin), account, amount, content);
    }
}
