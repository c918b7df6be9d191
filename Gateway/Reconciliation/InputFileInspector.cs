using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PayGov.Gateway.Infrastructure;
using PayGov.Reconciliation;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// Recognises a provider report or a bank statement and runs every ingestion check of README §5 on it with the
/// engine's own readers, before anything is stored. A failed check throws
/// <see cref="SettlementFileFormatException"/> naming the file, line and field.
/// </summary>
public static partial class InputFileInspector
{
    /// <summary>
    /// The kind from the file's first bytes: VNPAY's title row, MoMo's Vietnamese title, ZaloPay's <c>H|</c> header,
    /// an MT940 block or <c>:20:</c>, a camt.053 document. Null when none fits.
    /// </summary>
    public static InputFileKind? Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var buffer = new byte[4096];
        var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = new UTF8Encoding(false, false).GetString(buffer, 0, read).TrimStart('\uFEFF').TrimStart();
        if (head.StartsWith("VNPAY_SETTLEMENT", StringComparison.Ordinal))
        {
            return InputFileKind.VnPay;
        }

        if (head.Normalize(NormalizationForm.FormC).StartsWith("Báo cáo đối soát", StringComparison.Ordinal))
        {
            return InputFileKind.MoMo;
        }

        if (head.StartsWith("H|", StringComparison.Ordinal))
        {
            return InputFileKind.ZaloPay;
        }

        if (head.StartsWith(":20:", StringComparison.Ordinal) || head.StartsWith("{1:", StringComparison.Ordinal))
        {
            return InputFileKind.Mt940;
        }

        if (head.StartsWith('<') && head.Contains("camt.053", StringComparison.Ordinal))
        {
            return InputFileKind.Camt053;
        }

        return head.StartsWith("business_day,record_type", StringComparison.Ordinal) ? InputFileKind.GatewayLedger : null;
    }

    /// <summary>
    /// Checks the whole file. The business day is the one declared, else the report's own day (provider reports),
    /// else the day in a conventional name (<c>statement_&lt;account&gt;_YYYYMMDD.mt940</c>), else the statement's
    /// closing date; a declared day that differs from the report's is refused.
    /// </summary>
    public static Result<InspectedFile> Inspect(PendingFile file, string fileName, InputFileKind kind, DateOnly? declaredDay, ReconciliationConfig config)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(config);
        switch (kind)
        {
            case InputFileKind.VnPay or InputFileKind.MoMo or InputFileKind.ZaloPay:
            {
                var channel = kind switch
                {
                    InputFileKind.VnPay => PaymentChannel.VnPay,
                    InputFileKind.MoMo => PaymentChannel.MoMo,
                    _ => PaymentChannel.ZaloPay,
                };
                using var stream = file.Open();
                var reader = SettlementReportReader.Open(channel, stream, fileName);
                foreach (var _ in reader.ReadLines())
                {
                }

                if (declaredDay is { } day && day != reader.ReportDay)
                {
                    throw new SettlementFileFormatException(fileName, 1, "report day", $"{reader.ReportDay:yyyy-MM-dd} is not the declared business day {day:yyyy-MM-dd}");
                }

                return new InspectedFile(kind, WireNames.Of(channel), reader.ReportDay);
            }

            case InputFileKind.Mt940 or InputFileKind.Camt053:
            {
                var format = kind == InputFileKind.Mt940 ? "mt940" : "camt.053.001.08";
                var text = File.ReadAllText(file.Path);
                var account = (kind == InputFileKind.Mt940 ? Mt940Account() : CamtAccount()).Match(text) is { Success: true } found
                    ? found.Groups["account"].Value.Trim()
                    : throw new SettlementFileFormatException(fileName, 0, "account", "the statement names no account");
                if (config.CollectionAccounts.FirstOrDefault(a => a.Account == account) is not { } configured || configured.Format != format)
                {
                    throw new SettlementFileFormatException(fileName, 0, "account", $"account {account} is not a configured {format} collection account");
                }

                using (var stream = file.Open())
                {
                    foreach (var _ in BankStatementReader.Open(format, stream, fileName, account).ReadEntries())
                    {
                    }
                }

                var businessDay = declaredDay ?? DayFromName(fileName) ?? ClosingDay(kind, text)
                    ?? throw new SettlementFileFormatException(fileName, 0, "business day", "the statement's day is not known: declare business_day");
                return new InspectedFile(kind, WireNames.BankSource(account), businessDay);
            }

            default:
                return new ApiError(ErrorCodes.FileKindUnknown, "The gateway writes its own ledger; upload provider reports and bank statements.", "kind");
        }
    }

    private static DateOnly? DayFromName(string fileName) =>
        StampInName().Match(fileName) is { Success: true } m
        && DateOnly.TryParseExact(m.Groups["day"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static DateOnly? ClosingDay(InputFileKind kind, string text)
    {
        if (kind == InputFileKind.Mt940)
        {
            var closing = Mt940Closing().Matches(text);
            return closing.Count > 0 && DateOnly.TryParseExact(closing[^1].Groups["day"].Value, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }

        return CamtTo().Match(text) is { Success: true } m
            && DateOnly.TryParseExact(m.Groups["day"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    [GeneratedRegex(@"^:25:(?:[A-Z0-9]{8,11}/)?(?<account>[^\r\n]+)", RegexOptions.Multiline)]
    private static partial Regex Mt940Account();

    [GeneratedRegex(@"<Acct>\s*<Id>\s*<Othr>\s*<Id>(?<account>[^<]+)</Id>")]
    private static partial Regex CamtAccount();

    [GeneratedRegex(@"^:62F:[CD](?<day>\d{6})", RegexOptions.Multiline)]
    private static partial Regex Mt940Closing();

    [GeneratedRegex(@"<ToDtTm>(?<day>\d{4}-\d{2}-\d{2})")]
    private static partial Regex CamtTo();

    [GeneratedRegex(@"_(?<day>\d{8})\.[A-Za-z0-9]+$")]
    private static partial Regex StampInName();
}
