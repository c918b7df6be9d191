using System.Text;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// MoMo settlement report, PayGov's normalised layout (formats/momo.md): UTF-8 with BOM, semicolons, Vietnamese
/// texts compared after NFC normalisation, signed amounts, no totals line, and a file must end with a line break.
/// </summary>
public sealed class MoMoReportReader : SettlementReportReader
{
    private const string TitleStart = "Báo cáo đối soát giao dịch";
    private const string DayLabel = "Ngày: ";
    private const string Header = "Mã giao dịch MoMo;Mã đơn hàng;Mã giao dịch gốc;Loại giao dịch;Thời gian;Số tiền;Phí;Thực nhận;Trạng thái;Mã đợt thanh toán;Ngày thanh toán";
    private const string Payment = "Thanh toán";
    private const string Refund = "Hoàn tiền";
    private const string Payout = "Chi trả";
    private const string Success = "Thành công";
    private const string Failure = "Thất bại";

    private readonly TextLineReader _lines;
    private readonly DelimitedRow _row;

    public MoMoReportReader(Stream stream, string fileName)
        : base(fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bom = new byte[3];
        if (stream.ReadAtLeast(bom, 3, throwOnEndOfStream: false) != 3 || bom[0] != 0xEF || bom[1] != 0xBB || bom[2] != 0xBF)
        {
            throw FieldReader.Error(fileName, 1, "(encoding)", "a MoMo report is UTF-8 with a byte order mark");
        }

        var text = new StreamReader(stream, new UTF8Encoding(false, true), false, 1 << 16, leaveOpen: true);
        _lines = new TextLineReader(text);
        _row = new DelimitedRow(_lines, ';', quoting: true) { FileName = fileName };
        if (!_row.Read() || _row.Count != 3 || !Nfc(_row[0]).Equals(TitleStart, StringComparison.Ordinal))
        {
            throw FieldReader.Error(fileName, 1, "(title)", "expected 'Báo cáo đối soát giao dịch;Mã đối tác: …;Ngày: dd/MM/yyyy'");
        }

        var day = Nfc(_row[2]);
        if (!day.StartsWith(DayLabel, StringComparison.Ordinal))
        {
            throw FieldReader.Error(fileName, 1, "Ngày", $"'{day}' does not start with '{DayLabel}'");
        }

        ReportDay = FieldReader.Date(day.AsSpan(DayLabel.Length), "dd/MM/yyyy", fileName, 1, "Ngày");
        if (!_row.Read() || !Nfc(_row.Text).Equals(Header, StringComparison.Ordinal))
        {
            throw FieldReader.Error(fileName, 2, "(header)", "the header must list the 11 MoMo columns in order");
        }
    }

    public override PaymentChannel Provider => PaymentChannel.MoMo;

    public override IEnumerable<SettlementLine> ReadLines()
    {
        var count = 0;
        string? batch = null;
        while (_row.Read())
        {
            var line = _row.LineNumber;
            if (!_lines.LastLineTerminated)
            {
                throw FieldReader.Error(FileName, line, "(line end)", "the file ends in the middle of a line (no CRLF after the last line)");
            }

            if (_row.Count != 11)
            {
                throw FieldReader.Error(FileName, line, "(line)", $"{_row.Count} fields, expected 11");
            }

            var kindText = Text(_row[3]);
            var kind = kindText switch
            {
                Payment => SettlementLineKind.Payment,
                Refund => SettlementLineKind.Refund,
                Payout => SettlementLineKind.Payout,
                _ => throw FieldReader.Error(FileName, line, "Loại giao dịch", $"'{kindText}' is not {Payment}, {Refund} or {Payout}"),
            };
            var statusText = Text(_row[8]);
            var success = statusText switch
            {
                Success => true,
                Failure => false,
                _ => throw FieldReader.Error(FileName, line, "Trạng thái", $"'{statusText}' is not {Success} or {Failure}"),
            };
            var signed = FieldReader.Signed(_row[5], FileName, line, "Số tiền");
            var fee = FieldReader.Unsigned(_row[6], FileName, line, "Phí");
            var net = FieldReader.Signed(_row[7], FileName, line, "Thực nhận");
            if (kind == SettlementLineKind.Payout)
            {
                if (signed <= 0)
                {
                    throw FieldReader.Error(FileName, line, "Số tiền", "a payout amount is positive");
                }

                var payoutBatch = Required(9, line, "Mã đợt thanh toán");
                yield return new SettlementLine
                {
                    Provider = PaymentChannel.MoMo,
                    Kind = kind,
                    Line = 0,
                    FileLine = line,
                    ProviderTxnId = _row.String(0),
                    Time = FieldReader.LocalTime(_row[4], "yyyy-MM-dd HH:mm:ss", FileName, line, "Thời gian"),
                    Gross = signed,
                    Success = success,
                    PayoutBatchId = payoutBatch,
                    PayoutDate = FieldReader.Date(_row[10], "yyyy-MM-dd", FileName, line, "Ngày thanh toán"),
                    CoveredDay = CoveredDay(payoutBatch, line),
                };
                continue;
            }

            count++;
            if ((kind == SettlementLineKind.Payment && signed < 0) || (kind == SettlementLineKind.Refund && signed > 0))
            {
                throw FieldReader.Error(FileName, line, "Số tiền", $"{signed} has the wrong sign for a {kindText} line");
            }

            var reference = _row.String(1);
            var parsed = new SettlementLine
            {
                Provider = PaymentChannel.MoMo,
                Kind = kind,
                Line = count,
                FileLine = line,
                ProviderTxnId = Required(0, line, "Mã giao dịch MoMo"),
                MerchantReference = kind == SettlementLineKind.Payment ? reference : "",
                RefundReference = kind == SettlementLineKind.Refund ? reference : "",
                OriginalProviderTxnId = _row.String(2),
                Time = FieldReader.LocalTime(_row[4], "yyyy-MM-dd HH:mm:ss", FileName, line, "Thời gian"),
                Gross = Math.Abs(signed),
                Fee = fee,
                Net = net,
                Success = success,
                PayoutBatchId = Required(9, line, "Mã đợt thanh toán"),
                PayoutDate = FieldReader.Date(_row[10], "yyyy-MM-dd", FileName, line, "Ngày thanh toán"),
            };
            CheckNet(parsed, "Thực nhận");
            batch = CheckBatch(batch, parsed.PayoutBatchId, line, "Mã đợt thanh toán");
            yield return parsed;
        }
    }

    private DateOnly CoveredDay(string batch, int line) =>
        batch.Length == 13 && batch.StartsWith("MM", StringComparison.Ordinal)
            ? FieldReader.Date(batch.AsSpan(2, 8), "yyyyMMdd", FileName, line, "Mã đợt thanh toán")
            : throw FieldReader.Error(FileName, line, "Mã đợt thanh toán", $"'{batch}' is not MM + yyyyMMdd + 001");

    private string Required(int index, int line, string field) =>
        _row[index].IsEmpty ? throw FieldReader.Error(FileName, line, field, "must not be empty") : _row.String(index);

    private static string Nfc(ReadOnlySpan<char> text) => new string(text).Normalize(NormalizationForm.FormC);

    // Most files are already NFC; normalising only on a miss keeps a million lines cheap.
    private static string Text(ReadOnlySpan<char> text) =>
        text.SequenceEqual(Payment) ? Payment
        : text.SequenceEqual(Success) ? Success
        : text.SequenceEqual(Refund) ? Refund
        : text.SequenceEqual(Failure) ? Failure
        : text.SequenceEqual(Payout) ? Payout
        : Nfc(text);
}
