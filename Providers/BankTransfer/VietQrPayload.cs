using System.Globalization;
using System.Text;

namespace PayGov.Providers.BankTransfer;

/// <summary>Builds and reads VietQR payloads: NAPAS's profile of the EMVCo merchant-presented QR (vietqr.md).</summary>
public static class VietQrPayload
{
    /// <summary>NAPAS application id in tag 38/00.</summary>
    public const string NapasGuid = "A000000727";

    /// <summary>Refusal: <c>BinCode</c> is not 6 digits.</summary>
    public const string BinInvalid = "bin_invalid";

    /// <summary>Refusal: <c>Account</c> is empty, longer than 19 or not letters and digits.</summary>
    public const string AccountInvalid = "account_invalid";

    /// <summary>Refusal: <c>Service</c> is neither <c>QRIBFTTA</c> nor <c>QRIBFTTC</c>.</summary>
    public const string ServiceInvalid = "service_invalid";

    /// <summary>Refusal: the amount is outside 1 … 499,999,999 đồng (NAPAS 247 limit).</summary>
    public const string AmountOutOfRange = "amount_out_of_range";

    /// <summary>Refusal: 62/08 longer than 25 characters.</summary>
    public const string PurposeTooLong = "purpose_too_long";

    /// <summary>Refusal: 62/01 longer than 25 characters.</summary>
    public const string BillTooLong = "bill_too_long";

    /// <summary>Refusal: 59 longer than 25 characters.</summary>
    public const string NameTooLong = "name_too_long";

    /// <summary>Refusal: 60 longer than 15 characters.</summary>
    public const string CityTooLong = "city_too_long";

    /// <summary>Refusal: a text is still not printable ASCII after transliteration.</summary>
    public const string TextNotAscii = "text_not_ascii";

    /// <summary>Refusal: a template would exceed 99 characters.</summary>
    public const string TemplateTooLong = "template_too_long";

    private const long MaxAmount = 499_999_999;

    /// <summary>
    /// Builds the payload: root tags in ascending order <c>00 01 38 53 54 58 59 60 62</c>, then <c>6304</c> and the
    /// CRC in upper case (vietqr.md §1, §4). Texts are transliterated first; nothing is ever cut.
    /// </summary>
    /// <param name="request">What to encode; the amount is in đồng.</param>
    /// <returns>The payload, or the reason it was refused.</returns>
    public static VietQrBuildResult Build(VietQrRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.BinCode.Length != 6 || !request.BinCode.All(char.IsAsciiDigit))
        {
            return Refused(BinInvalid);
        }

        if (request.Account.Length is 0 or > 19 || !request.Account.All(char.IsAsciiLetterOrDigit))
        {
            return Refused(AccountInvalid);
        }

        if (request.Service is not ("QRIBFTTA" or "QRIBFTTC"))
        {
            return Refused(ServiceInvalid);
        }

        if (request.Amount is < 1 or > MaxAmount)
        {
            return Refused(AmountOutOfRange);
        }

        var purpose = Text(request.Purpose);
        var bill = Text(request.Bill);
        var name = Text(request.Name)?.ToUpperInvariant();
        var city = Text(request.City)?.ToUpperInvariant();
        var error = Check(purpose, 25, PurposeTooLong) ?? Check(bill, 25, BillTooLong) ?? Check(name, 25, NameTooLong) ?? Check(city, 15, CityTooLong);
        if (error is not null)
        {
            return Refused(error);
        }

        var beneficiary = Tlv("00", request.BinCode) + Tlv("01", request.Account);
        var merchantAccount = Tlv("00", NapasGuid) + Tlv("01", beneficiary) + Tlv("02", request.Service);
        var additional = (bill is null ? string.Empty : Tlv("01", bill)) + (purpose is null ? string.Empty : Tlv("08", purpose));
        if (merchantAccount.Length > 99 || additional.Length > 99)
        {
            return Refused(TemplateTooLong);
        }

        var dynamic = request.Dynamic ?? request.Amount is not null;
        var payload = new StringBuilder()
            .Append(Tlv("00", "01"))
            .Append(Tlv("01", dynamic ? "12" : "11"))
            .Append(Tlv("38", merchantAccount))
            .Append(Tlv("53", "704"));
        if (request.Amount is { } amount)
        {
            // Digits only, never a decimal point (providers README, "Money").
            payload.Append(Tlv("54", amount.ToString(CultureInfo.InvariantCulture)));
        }

        payload.Append(Tlv("58", "VN"));
        AppendIfPresent(payload, "59", name);
        AppendIfPresent(payload, "60", city);
        if (additional.Length > 0)
        {
            payload.Append(Tlv("62", additional));
        }

        payload.Append("6304");
        var withoutCrc = payload.ToString();
        return new VietQrBuildResult(withoutCrc + VietQrCrc.Hex(withoutCrc), null);
    }

    /// <summary>The shared transliteration applied to every VietQR text (tags 59, 60, 62), e.g. <c>Lệ phí Đợt 2</c> → <c>Le phi Dot 2</c>.</summary>
    /// <param name="text">Text that may carry Vietnamese diacritics.</param>
    /// <returns>The text without diacritics.</returns>
    public static string SanitizeText(string text) => VietnameseText.RemoveDiacritics(text);

    /// <summary>Reads a payload: CRC present, CRC matches (case-insensitively), TLV tree well formed (vietqr.md §4).</summary>
    /// <param name="payload">The scanned text.</param>
    /// <returns>The verdict and, when valid, the data objects.</returns>
    public static VietQrParseResult Parse(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Length < 8 || !payload.AsSpan(payload.Length - 8, 4).SequenceEqual("6304") || !payload[^4..].All(char.IsAsciiHexDigit))
        {
            return VietQrParseResult.Failed(VietQrVerdict.MissingCrc);
        }

        var withoutCrc = payload[..^4];
        var expectedCrc = VietQrCrc.Hex(withoutCrc);
        if (!string.Equals(expectedCrc, payload[^4..], StringComparison.OrdinalIgnoreCase))
        {
            return VietQrParseResult.Failed(VietQrVerdict.CrcMismatch);
        }

        var root = ParseObjects(payload, isRoot: true);
        if (root is null
            || root.Count < 2
            || root[0] is not { Id: "00", Value: "01" }
            || root[^1].Id != "63"
            || root.FirstOrDefault(o => o.Id == "38") is not { } merchantAccount
            || merchantAccount.Children.FirstOrDefault(o => o.Id == "00")?.Value != NapasGuid)
        {
            return VietQrParseResult.Failed(VietQrVerdict.Malformed);
        }

        return new VietQrParseResult(VietQrVerdict.Valid, root, withoutCrc + expectedCrc);
    }

    private static List<VietQrDataObject>? ParseObjects(string text, bool isRoot, string parentId = "")
    {
        var objects = new List<VietQrDataObject>();
        var position = 0;
        while (position < text.Length)
        {
            if (position + 4 > text.Length
                || !char.IsAsciiDigit(text[position]) || !char.IsAsciiDigit(text[position + 1])
                || !char.IsAsciiDigit(text[position + 2]) || !char.IsAsciiDigit(text[position + 3]))
            {
                return null;
            }

            var id = text.Substring(position, 2);
            var length = int.Parse(text.AsSpan(position + 2, 2), NumberStyles.None, CultureInfo.InvariantCulture);
            if (length == 0 || position + 4 + length > text.Length)
            {
                return null;
            }

            var value = text.Substring(position + 4, length);
            var path = isRoot ? id : parentId + "/" + id;
            IReadOnlyList<VietQrDataObject> children = [];
            if (path is "38" or "38/01" or "62")
            {
                var parsed = ParseObjects(value, isRoot: false, path);
                if (parsed is null)
                {
                    return null;
                }

                children = parsed;
            }

            objects.Add(new VietQrDataObject(id, value, children));
            position += 4 + length;
        }

        return objects;
    }

    private static string? Text(string? text) => text is null ? null : SanitizeText(text);

    private static string? Check(string? text, int maxLength, string tooLong)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0 || !text.All(c => c is >= ' ' and <= '~'))
        {
            return TextNotAscii;
        }

        return text.Length > maxLength ? tooLong : null;
    }

    private static void AppendIfPresent(StringBuilder builder, string id, string? value)
    {
        if (value is not null)
        {
            builder.Append(Tlv(id, value));
        }
    }

    private static string Tlv(string id, string value) => id + value.Length.ToString("D2", CultureInfo.InvariantCulture) + value;

    private static VietQrBuildResult Refused(string error) => new(null, error);
}
