using System.Globalization;
using System.Text;
using PayGov.Providers.MoMo;
using PayGov.Providers.Sandbox.Settlements;
using static PayGov.Providers.Sandbox.Settlements.SettlementText;

namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>
/// Writes the day's settlement file in PayGov's normalised MoMo layout (reconciliation formats/momo.md): the title, the
/// header, one line per completed payment and per refund of the report day (GMT+7), and the <c>Chi trả</c> advice of
/// the payout made that day (the previous day's batch). No totals line: the layout has none.
/// </summary>
internal static class MoMoSettlementFile
{
    private const string Header = "Mã giao dịch MoMo;Mã đơn hàng;Mã giao dịch gốc;Loại giao dịch;Thời gian;Số tiền;Phí;Thực nhận;Trạng thái;Mã đợt thanh toán;Ngày thanh toán";
    private const string LineEnd = "\r\n";

    /// <summary>The file: UTF-8 with BOM, semicolons, CRLF after every line, signed amounts in đồng.</summary>
    public static SandboxSettlementFile Write(DateOnly day, IReadOnlyList<MoMoSandboxOrder> orders, MoMoSandboxOptions options, SandboxFaults faults, SandboxPayout? advice)
    {
        var text = new StringBuilder();
        Row(text, ';', LineEnd, "Báo cáo đối soát giao dịch", "Mã đối tác: " + options.PartnerCode, "Ngày: " + day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        text.Append(Header).Append(LineEnd);
        foreach (var line in SandboxSettlementDay.LinesOf(day, AllLines(orders, options), faults))
        {
            var signedGross = line.IsPayment ? line.Gross : -line.Gross;
            Row(
                text,
                ';',
                LineEnd,
                line.TransactionId,
                line.IsPayment ? line.Reference : line.RefundReference,
                line.OriginalTransactionId,
                line.IsPayment ? "Thanh toán" : "Hoàn tiền",
                Time(line.Time),
                Number(signedGross),
                Number(line.Fee),
                Number(line.Net),
                line.Success ? "Thành công" : "Thất bại",
                BatchId(day),
                Date(day.AddDays(1)));
        }

        if (advice is not null)
        {
            Row(
                text,
                ';',
                LineEnd,
                "91" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "01",
                string.Empty,
                string.Empty,
                "Chi trả",
                Time(advice.ExecutedAt),
                Number(advice.Amount),
                "0",
                Number(advice.Amount),
                "Thành công",
                advice.BatchId,
                Date(advice.ExecutedOn));
        }

        var content = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return new SandboxSettlementFile("momo_" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".csv", content);
    }

    /// <summary>
    /// The payout MoMo makes on <paramref name="day"/>: the previous day's batch. The layout names neither the account nor a
    /// remark; the bank shows the remark below.
    /// </summary>
    public static SandboxPayout? PayoutOn(DateOnly day, IReadOnlyList<MoMoSandboxOrder> orders, MoMoSandboxOptions options, SandboxFaults faults) =>
        SandboxSettlementDay.PayoutOn(
            day,
            AllLines(orders, options),
            faults,
            BatchId,
            (batch, covered) => $"MOMO CHI TRA DOI SOAT {batch} NGAY {covered.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
            options.PayoutAccount,
            new(null, options.SettlementAccount, "MOMO"));

    /// <summary>Every completed order (paid or declined) and every refund MoMo made.</summary>
    private static List<SandboxSettlementLine> AllLines(IReadOnlyList<MoMoSandboxOrder> orders, MoMoSandboxOptions options)
    {
        var lines = new List<SandboxSettlementLine>();
        foreach (var order in orders)
        {
            lock (order.Gate)
            {
                if (order.CompletedAt is not { } completedAt)
                {
                    continue;
                }

                var paid = order.ResultCode == MoMoResultCodes.Success;
                var fee = paid ? SandboxSettlementDay.FeeOf(order.Amount, options.FeeBasisPoints) : 0;
                var transId = Number(order.TransId);
                lines.Add(new SandboxSettlementLine(true, transId, order.OrderId, string.Empty, string.Empty, completedAt, order.Amount, fee, paid));
                lines.AddRange(order.Refunds.Where(r => r.ResultCode == MoMoResultCodes.Success).Select(r =>
                    new SandboxSettlementLine(false, Number(r.TransId), order.OrderId, r.OrderId, transId, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedTime), r.Amount, 0, true)));
            }
        }

        return lines;
    }

    /// <summary><c>MM</c> + <c>yyyyMMdd</c> of the report day + <c>001</c> (formats/momo.md, <c>Mã đợt thanh toán</c>).</summary>
    private static string BatchId(DateOnly day) => "MM" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "001";

    private static string Time(DateTimeOffset instant) => VietnamTime.ToVietnam(instant).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
