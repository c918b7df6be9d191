using System.Globalization;
using System.Text;
using PayGov.Providers.Sandbox.Settlements;
using static PayGov.Providers.Sandbox.Settlements.SettlementText;

namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>
/// Writes the day's settlement file in PayGov's normalised VNPAY layout (reconciliation formats/vnpay.md): title,
/// header, one line per completed payment and per refund whose time falls on the report day (GMT+7), the <c>TONG</c>
/// footer and the <c>CHI</c> advice of the payout made that day (the previous day's batch).
/// </summary>
internal static class VnPaySettlementFile
{
    private const string Header = "STT,MaGiaoDichVNPAY,MaThamChieu,MaHoanTien,LoaiGD,ThoiGianGD,NganHang,SoTien,PhiGD,ThucNhan,TrangThai,MaLoChi,NgayChi";
    private const string LineEnd = "\r\n";

    /// <summary>The file: UTF-8 without BOM, CRLF line ends, amounts in đồng.</summary>
    public static SandboxSettlementFile Write(DateOnly day, IReadOnlyList<VnPaySandboxPayment> payments, VnPaySandboxOptions options, SandboxFaults faults, SandboxPayout? advice, DateTimeOffset now)
    {
        var lines = SandboxSettlementDay.LinesOf(day, AllLines(payments, options), faults);
        var text = new StringBuilder();
        Row(text, ',', LineEnd, "VNPAY_SETTLEMENT", options.TmnCode, day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), VietnamTime.ToVietnam(now).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), "VND");
        text.Append(Header).Append(LineEnd);
        var number = 0;
        foreach (var line in lines)
        {
            Row(
                text,
                ',',
                LineEnd,
                Number(++number),
                line.TransactionId,
                line.Reference,
                line.RefundReference,
                line.TypeCode,
                VietnamTime.ToVietnam(line.Time).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture),
                line.BankCode,
                Number(line.Gross),
                Number(line.Fee),
                Number(line.Net),
                line.Success ? "00" : "02",
                BatchId(day),
                Date(day.AddDays(1)));
        }

        Row(text, ',', LineEnd, ["TONG", .. ControlTotals(lines)]);

        if (advice is not null)
        {
            Row(
                text,
                ',',
                LineEnd,
                "CHI",
                advice.BatchId,
                Date(advice.ExecutedOn),
                Date(advice.CoveredDay),
                Number(advice.LineCount),
                Number(advice.Amount),
                advice.Account,
                advice.Remark);
        }

        return new SandboxSettlementFile("vnpay_" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".csv", Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The payout VNPAY makes on <paramref name="day"/>: the previous day's batch, with the remark its <c>CHI</c> line shows.</summary>
    public static SandboxPayout? PayoutOn(DateOnly day, IReadOnlyList<VnPaySandboxPayment> payments, VnPaySandboxOptions options, SandboxFaults faults) =>
        SandboxSettlementDay.PayoutOn(
            day,
            AllLines(payments, options),
            faults,
            BatchId,
            (batch, covered) => $"VNPAY TT DOI SOAT {batch} NGAY {Date(covered)} TMN {options.TmnCode}",
            options.PayoutAccount,
            new(null, options.SettlementAccount, "VNPAY"));

    /// <summary>Every completed payment (paid or not) and every refund VNPAY accepted.</summary>
    private static List<SandboxSettlementLine> AllLines(IReadOnlyList<VnPaySandboxPayment> payments, VnPaySandboxOptions options)
    {
        var lines = new List<SandboxSettlementLine>();
        foreach (var payment in payments)
        {
            lock (payment.Gate)
            {
                if (payment.CompletedAt is { } completedAt)
                {
                    var fee = payment.IsPaid ? SandboxSettlementDay.FeeOf(payment.Amount, options.FeeBasisPoints) : 0;
                    lines.Add(new SandboxSettlementLine(true, payment.TransactionNo, payment.TxnRef, string.Empty, string.Empty, completedAt, payment.Amount, fee, payment.IsPaid)
                    {
                        TypeCode = "01",
                        BankCode = payment.BankCode,
                    });
                }

                lines.AddRange(payment.Refunds.Select(r =>
                    new SandboxSettlementLine(false, r.TransactionNo, payment.TxnRef, r.RequestId, payment.TransactionNo, r.CreatedAt, r.Amount, 0, true) { TypeCode = r.TransactionType }));
            }
        }

        return lines;
    }

    /// <summary><c>VNP</c> + <c>yyMMdd</c> of the report day + <c>01</c> (formats/vnpay.md, <c>MaLoChi</c>).</summary>
    private static string BatchId(DateOnly day) => "VNP" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "01";

    private static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
