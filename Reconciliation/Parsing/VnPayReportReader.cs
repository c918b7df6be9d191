using System.Text;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>VNPAY settlement report, PayGov's normalised layout (formats/vnpay.md): title, header, details, TONG, CHI.</summary>
public sealed class VnPayReportReader : SettlementReportReader
{
    private const string Header = "STT,MaGiaoDichVNPAY,MaThamChieu,MaHoanTien,LoaiGD,ThoiGianGD,NganHang,SoTien,PhiGD,ThucNhan,TrangThai,MaLoChi,NgayChi";
    private readonly DelimitedRow _row;

    public VnPayReportReader(Stream stream, string fileName)
        : base(fileName)
    {
        // The reader leaves the stream open: the caller owns it.
        var text = new StreamReader(stream, new UTF8Encoding(false, true), false, 1 << 16, leaveOpen: true);
        _row = new DelimitedRow(new TextLineReader(text), ',', quoting: true) { FileName = fileName };
        if (!_row.Read() || _row.Count != 5 || !_row[0].SequenceEqual("VNPAY_SETTLEMENT") || !_row[4].SequenceEqual("VND"))
        {
            throw FieldReader.Error(fileName, 1, "(title)", "expected VNPAY_SETTLEMENT,<TmnCode>,<yyyyMMdd>,<created>,VND");
        }

        ReportDay = FieldReader.Date(_row[2], "yyyyMMdd", fileName, 1, "report day");
        if (!_row.Read() || _row.Text != Header)
        {
            throw FieldReader.Error(fileName, 2, "(header)", "the header must list the 13 VNPAY columns in order");
        }
    }

    public override PaymentChannel Provider => PaymentChannel.VnPay;

    public override IEnumerable<SettlementLine> ReadLines()
    {
        var totals = new ControlTotals();
        var count = 0;
        string? batch = null;
        var footerSeen = false;
        while (_row.Read())
        {
            var line = _row.LineNumber;
            if (_row[0].SequenceEqual("TONG"))
            {
                if (footerSeen || _row.Count != 6)
                {
                    throw FieldReader.Error(FileName, line, "TONG", "one footer TONG,<lines>,<payments>,<refunds>,<fees>,<net>");
                }

                footerSeen = true;
                Expect(FieldReader.Count(_row[1], FileName, line, "TONG lines"), count, line, "TONG lines");
                Expect(FieldReader.Unsigned(_row[2], FileName, line, "TONG payments"), totals.Payments, line, "TONG payments");
                Expect(FieldReader.Unsigned(_row[3], FileName, line, "TONG refunds"), totals.Refunds, line, "TONG refunds");
                Expect(FieldReader.Signed(_row[4], FileName, line, "TONG fees"), totals.Fees, line, "TONG fees");
                Expect(FieldReader.Signed(_row[5], FileName, line, "TONG net"), totals.Net, line, "TONG net");
                continue;
            }

            if (_row[0].SequenceEqual("CHI"))
            {
                if (!footerSeen || _row.Count != 8)
                {
                    throw FieldReader.Error(FileName, line, "CHI", "payout lines follow the footer and have 8 fields");
                }

                yield return new SettlementLine
                {
                    Provider = PaymentChannel.VnPay,
                    Kind = SettlementLineKind.Payout,
                    Line = 0,
                    FileLine = line,
                    ProviderTxnId = "",
                    PayoutBatchId = _row.String(1),
                    PayoutDate = FieldReader.Date(_row[2], "dd/MM/yyyy", FileName, line, "CHI executed"),
                    CoveredDay = FieldReader.Date(_row[3], "dd/MM/yyyy", FileName, line, "CHI covered day"),
                    PayoutLineCount = FieldReader.Count(_row[4], FileName, line, "CHI lines"),
                    Gross = FieldReader.Unsigned(_row[5], FileName, line, "CHI amount"),
                    PayoutAccount = _row.String(6),
                    TransferRemark = _row.String(7),
                    Success = true,
                };
                continue;
            }

            if (footerSeen)
            {
                throw FieldReader.Error(FileName, line, "(line)", "only CHI lines may follow the footer");
            }

            if (_row.Count != 13)
            {
                throw FieldReader.Error(FileName, line, "(line)", $"{_row.Count} fields, expected 13");
            }

            count++;
            var stt = FieldReader.Count(_row[0], FileName, line, "STT");
            Expect(stt, count, line, "STT");
            var kind = _row[4] switch
            {
                "01" => SettlementLineKind.Payment,
                "02" or "03" => SettlementLineKind.Refund,
                _ => throw FieldReader.Error(FileName, line, "LoaiGD", $"'{_row[4]}' is not 01, 02 or 03"),
            };
            var success = _row[10].SequenceEqual("00");
            var fee = FieldReader.Signed(_row[8], FileName, line, "PhiGD");
            if (fee < 0 && kind == SettlementLineKind.Payment)
            {
                throw FieldReader.Error(FileName, line, "PhiGD", "a payment fee cannot be negative");
            }

            var parsed = new SettlementLine
            {
                Provider = PaymentChannel.VnPay,
                Kind = kind,
                Line = stt,
                FileLine = line,
                ProviderTxnId = Required(1, line, "MaGiaoDichVNPAY"),
                MerchantReference = _row.String(2),
                RefundReference = _row.String(3),
                Time = FieldReader.LocalTime(_row[5], "dd/MM/yyyy HH:mm:ss", FileName, line, "ThoiGianGD"),
                Gross = FieldReader.Unsigned(_row[7], FileName, line, "SoTien"),
                Fee = fee,
                Net = FieldReader.Signed(_row[9], FileName, line, "ThucNhan"),
                Success = success,
                PayoutBatchId = Required(11, line, "MaLoChi"),
                PayoutDate = FieldReader.Date(_row[12], "dd/MM/yyyy", FileName, line, "NgayChi"),
            };
            CheckNet(parsed, "ThucNhan");
            batch = CheckBatch(batch, parsed.PayoutBatchId, line, "MaLoChi");
            totals.Add(parsed);
            yield return parsed;
        }

        if (!footerSeen)
        {
            throw FieldReader.Error(FileName, _row.LineNumber, "TONG", "the footer line is missing");
        }
    }

    private string Required(int index, int line, string field) =>
        _row[index].IsEmpty ? throw FieldReader.Error(FileName, line, field, "must not be empty") : _row.String(index);

    private void Expect(long actual, long expected, int line, string field)
    {
        if (actual != expected)
        {
            throw FieldReader.Error(FileName, line, field, $"{actual} does not equal {expected} computed from the lines");
        }
    }
}
