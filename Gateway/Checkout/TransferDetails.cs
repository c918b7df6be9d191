using PayGov.Providers.BankTransfer;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// What a citizen types when transferring by hand, read back from the attempt's VietQR payload itself (vietqr.md §2),
/// so the text beside the QR code can never disagree with the code. The bank's and the holder's names come from the
/// collection account's configuration, which names its bank by the same BIN.
/// </summary>
public sealed record TransferDetails(string Payload, string BankName, string Account, string? AccountName, long? Amount, string Content)
{
    /// <summary>The details, or <see langword="null"/> when the payload is not a valid VietQR.</summary>
    public static TransferDetails? Read(string payload, BankTransferOptions collectionAccount)
    {
        ArgumentNullException.ThrowIfNull(collectionAccount);
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

        var ours = string.Equals(bin, collectionAccount.BankBin, StringComparison.Ordinal);
        var amountText = parsed.DataObjects.FirstOrDefault(o => o.Id == "54")?.Value;
        long? amount = long.TryParse(amountText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        var content = parsed.DataObjects.FirstOrDefault(o => o.Id == "62")?.Children.FirstOrDefault(o => o.Id == "08")?.Value ?? string.Empty;
        return new TransferDetails(
            payload,
            ours && collectionAccount.BankName.Length > 0 ? collectionAccount.BankName : bin,
            account,
            ours && string.Equals(account, collectionAccount.AccountNumber, StringComparison.Ordinal) && collectionAccount.AccountName.Length > 0 ? collectionAccount.AccountName : null,
            amount,
            content);
    }
}
