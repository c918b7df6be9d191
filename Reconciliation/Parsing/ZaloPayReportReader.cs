using System.Text;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>ZaloPay settlement report, PayGov's normalised layout (formats/zalopay.md): H, D*, P*, T records separated by '|'.</summary>
public sealed class ZaloPayReportReader : SettlementReportReader
{
    private readonly DelimitedRow _row;

    public ZaloPayReportReader(Stream stream, string fileName)
        : base(fileName)
    {
        var text = new StreamReader(stream, new UTF8Encoding(false, true), false, 1 << 16, leaveOpen: true);
        _row = new DelimitedRow(new TextLineReader(text), '|', quoting: false) { FileName = fileName };
        if (!_row.Read() || _row.Count != 5 || !_row[0].SequenceEqual("H"))
        {
            throw FieldReader.Error(fileName, 1, "H", "the first record must be H|app_id|report_date|created_at|version");
        }

        ReportDay = FieldReader.Date(_row[2], "yyyyMMdd", fileName, 1, "report_date");
    }

    public override PaymentChannel Provider => PaymentChannel.ZaloPay;

    public override IEnumerable<SettlementLine> ReadLines()
    {
        var totals = new ControlTotals();
        var count = 0;
        string? batch = null;
        var trailerSeen = false;
        while (_row.Read())
        {
            var line = _row.LineNumber;
            if (trailerSeen)
            {
                throw FieldReader.Error(FileName, line, "(record type)", "nothing may follow the T trailer");
            }

            switch (_row[0])
            {
                case "D":
                {
                    if (_row.Count != 12)
                    {
                        throw FieldReader.Error(FileName, line, "D", $"{_row.Count} fields, expected 12");
                    }

                    count++;
                    var kind = _row[4] switch
                    {
                        "1" => SettlementLineKind.Payment,
                        "2" => SettlementLineKind.Refund,
                        _ => throw FieldReader.Error(FileName, line, "trans_type", $"'{_row[4]}' is not 1 or 2"),
                    };
                    var millis = FieldReader.Unsigned(_row[5], FileName, line, "server_time");
                    var parsed = new SettlementLine
                    {
                        Provider = PaymentChannel.ZaloPay,
                        Kind = kind,
                        Line = count,
                        FileLine = line,
                        ProviderTxnId = Required(1, line, "zp_trans_id"),
                        MerchantReference = _row.String(2),
                        RefundReference = _row.String(3),
                        Time = DateTimeOffset.FromUnixTimeMilliseconds(millis),
                        Gross = FieldReader.Unsigned(_row[6], FileName, line, "amount"),
                        Fee = FieldReader.Unsigned(_row[7], FileName, line, "fee_amount"),
                        Net = FieldReader.Signed(_row[8], FileName, line, "net_amount"),
                        Success = _row[9].SequenceEqual("1"),
                        PayoutBatchId = Required(10, line, "settlement_id"),
                        PayoutDate = FieldReader.Date(_row[11], "yyyyMMdd", FileName, line, "settlement_date"),
                    };
                    CheckNet(parsed, "net_amount");
                    batch = CheckBatch(batch, parsed.PayoutBatchId, line, "settlement_id");
                    totals.Add(parsed);
                    yield return parsed;
                    break;
                }

                case "P":
                    if (_row.Count != 8)
                    {
                        throw FieldReader.Error(FileName, line, "P", $"{_row.Count} fields, expected 8");
                    }

                    yield return new SettlementLine
                    {
                        Provider = PaymentChannel.ZaloPay,
                        Kind = SettlementLineKind.Payout,
                        Line = 0,
                        FileLine = line,
                        ProviderTxnId = "",
                        PayoutBatchId = Required(1, line, "settlement_id"),
                        PayoutDate = FieldReader.Date(_row[2], "yyyyMMdd", FileName, line, "payout_date"),
                        CoveredDay = FieldReader.Date(_row[3], "yyyyMMdd", FileName, line, "covered_date"),
                        PayoutLineCount = FieldReader.Count(_row[4], FileName, line, "count"),
                        Gross = FieldReader.Unsigned(_row[5], FileName, line, "amount"),
                        PayoutAccount = _row.String(6),
                        TransferRemark = _row.String(7),
                        Success = true,
                    };
                    break;

                case "T":
                    if (_row.Count != 6)
                    {
                        throw FieldReader.Error(FileName, line, "T", $"{_row.Count} fields, expected 6");
                    }

                    trailerSeen = true;
                    Expect(FieldReader.Count(_row[1], FileName, line, "detail_count"), count, line, "detail_count");
                    Expect(FieldReader.Unsigned(_row[2], FileName, line, "payment_total"), totals.Payments, line, "payment_total");
                    Expect(FieldReader.Unsigned(_row[3], FileName, line, "refund_total"), totals.Refunds, line, "refund_total");
                    Expect(FieldReader.Unsigned(_row[4], FileName, line, "fee_total"), totals.Fees, line, "fee_total");
                    Expect(FieldReader.Signed(_row[5], FileName, line, "net_total"), totals.Net, line, "net_total");
                    break;

                default:
                    throw FieldReader.Error(FileName, line, "(record type)", $"'{_row[0]}' is not H, D, P or T");
            }
        }

        if (!trailerSeen)
        {
            throw FieldReader.Error(FileName, _row.LineNumber, "T", "the trailer record is missing");
        }
    }

    private string Required(int index, int line, string field) =>
        _row[index].IsEmpty ? throw FieldReader.Error(FileName, line, field, "must not be empty") : _row.String(index);

    private void Expect(long actual, long expected, int line, string field)
    {
        if (actual != expected)
        {
            throw FieldReader.Error(FileName, line, field, $"{actual} does not equal {expected} computed from the D records");
        }
    }
}
