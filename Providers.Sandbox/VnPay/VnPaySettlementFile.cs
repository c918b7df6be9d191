using System.Globalization;
using System.Text;

namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>
/// Writes the day's settlement file in PayGov's normalised VNPAY layout (reconciliation formats/vnpay.md): title,
/// header, one line per completed payment and per refund whose time falls on the report day (GMT+7), the <c>TONG</c>
/// footer and the <c>CHI</c> advice of the payout of the previous day's batch.
/// </summary>
internal static class VnPaySettlementFile
{
    private const string Header = "STT,MaGiaoDichVNPAY,MaThamChieu,MaHoanTien,LoaiGD,ThoiGianGD,NganHang,SoTien,PhiGD,ThucNhan,TrangThai,MaLoChi,NgayChi";

    /// <summary>The file name VNPAY gives the day's report.</summary>
    public static string FileName(DateOnly day) => "vnpay_" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".csv";

    /// <summary>The file's text: UTF-8 without BOM once encoded, CRLF line ends, amounts in đồng.</summary>
    public static string Write(DateOnly day, IReadOnlyList<VnPaySandboxPayment> payments, VnPaySandboxOptions options, SandboxFaults faults, DateTimeOffset now)
    {
        var lines = Lines(day, payments, options, faults);
        var batch = BatchId(day);
        var text = new StringBuilder();
        Row(text, "VNPAY_SETTLEMENT", options.TmnCode, day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), VietnamTime.ToVietnam(now).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), "VND");
        text.Append(Header).Append("\r\n");
        var number = 0;
        foreach (var line in lines)
        {
            Row(
                text,
                Number(++number),
                line.TransactionNo,
                line.TxnRef,
                line.RefundId,
                line.Kind,
                VietnamTime.ToVietnam(line.Time).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                line.BankCode,
                Number(line.Gross),
                Number(line.Fee),
                Number(line.Net),
                line.Status,
                batch,
                Date(day.AddDays(1)));
        }

        var successful = lines.Where(l => l.Status == "00").ToList();
        Row(
            text,
            "TONG",
            Number(lines.Count),
            Number(successful.Where(l => l.Kind == "01").Sum(l => l.Gross)),
            Number(successful.Where(l => l.Kind != "01").Sum(l => l.Gross)),
            Number(successful.Sum(l => l.Fee)),
            Number(lines.Sum(l => l.Net)));

        // VNPAY pays a report's net the next day (T+1) and advises it on that day's report.
        var previousDay = day.AddDays(-1);
        var previous = Lines(previousDay, payments, options, faults);
        var payout = previous.Sum(l => l.Net);
        if (previous.Count > 0 && payout > 0)
        {
            var previousBatch = BatchId(previousDay);
            Row(
                text,
                "CHI",
                previousBatch,
                Date(day),
                Date(previousDay),
                Number(previous.Count),
                Number(payout),
                options.PayoutAccount,
                $"VNPAY TT DOI SOAT {previousBatch} NGAY {Date(previousDay)} TMN {options.TmnCode}");
        }

        return text.ToString();
    }

    private static List<Line> Lines(DateOnly day, IReadOnlyList<VnPaySandboxPayment> payments, VnPaySandboxOptions options, SandboxFaults faults)
    {
        var lines = new List<Line>();
        foreach (var payment in payments)
        {
            lock (payment.Gate)
            {
                if (payment.CompletedAt is { } completedAt && DayOf(completedAt) == day)
                {
                    var fee = payment.IsPaid ? checked(payment.Amount * options.FeeBasisPoints) / 10_000 : 0;
                    var net = payment.IsPaid ? payment.Amount - fee : 0;
                    lines.Add(new Line(payment.TransactionNo, payment.TxnRef, string.Empty, "01", completedAt, payment.BankCode, payment.Amount, fee, net, payment.TransactionStatus));
                }

                lines.AddRange(payment.Refunds
                    .Where(r => DayOf(r.CreatedAt) == day)
                    .Select(r => new Line(r.TransactionNo, payment.TxnRef, r.RequestId, r.TransactionType, r.CreatedAt, string.Empty, r.Amount, 0, -r.Amount, "00")));
            }
        }

        lines.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : string.CompareOrdinal(a.TransactionNo, b.TransactionNo));
        if (faults.MissingSettlementLine && lines.FindIndex(l => l.Kind == "01" && l.Status == "00") is var first and >= 0)
        {
            lines.RemoveAt(first);
        }

        return lines;
    }

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(VietnamTime.ToVietnam(instant).DateTime);

    /// <summary><c>VNP</c> + <c>yyMMdd</c> of the report day + <c>01</c> (formats/vnpay.md, <c>MaLoChi</c>).</summary>
    private static string BatchId(DateOnly day) => "VNP" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "01";

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder text, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(fields[i]);
        }

        text.Append("\r\n");
    }

    /// <summary>One detail line; amounts in đồng, <paramref name="Net"/> signed.</summary>
    private sealed record Line(string TransactionNo, string TxnRef, string RefundId, string Kind, DateTimeOffset Time, string BankCode, long Gross, long Fee, long Net, string Status);
}
