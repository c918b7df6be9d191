using System.Globalization;
using System.Text;
using PayGov.Providers.Sandbox.Settlements;
using PayGov.Providers.ZaloPay;
using static PayGov.Providers.Sandbox.Settlements.SettlementText;

namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>
/// Writes the day's settlement file in PayGov's normalised ZaloPay layout (reconciliation formats/zalopay.md): <c>H</c>,
/// one <c>D</c> per paid order and per settled refund of the report day (GMT+7), the <c>P</c> advice of the payout made that
/// day (the previous day's batch), and the <c>T</c> trailer with its five control totals.
/// </summary>
internal static class ZaloPaySettlementFile
{
    private const string LineEnd = "\n";

    /// <summary>The file: UTF-8 without BOM, <c>|</c> separated, LF line ends, amounts in đồng, times in Unix milliseconds.</summary>
    public static SandboxSettlementFile Write(DateOnly day, IReadOnlyList<ZaloPaySandboxOrder> orders, ZaloPaySandboxOptions options, SandboxFaults faults, SandboxPayout? advice, DateTimeOffset now)
    {
        var lines = SandboxSettlementDay.LinesOf(day, AllLines(orders, options), faults);
        var appId = ZaloPaySignature.Number(options.AppId);
        var text = new StringBuilder();
        Row(text, '|', LineEnd, "H", appId, Stamp(day), Number(now.ToUnixTimeMilliseconds()), "1");
        foreach (var line in lines)
        {
            Row(
                text,
                '|',
                LineEnd,
                "D",
                line.TransactionId,
                line.Reference,
                line.RefundReference,
                line.IsPayment ? "1" : "2",
                Number(line.Time.ToUnixTimeMilliseconds()),
                Number(line.Gross),
                Number(line.Fee),
                Number(line.Net),
                line.Success ? "1" : "2",
                BatchId(day, appId),
                Stamp(day.AddDays(1)));
        }

        if (advice is not null)
        {
            Row(text, '|', LineEnd, "P", advice.BatchId, Stamp(advice.ExecutedOn), Stamp(advice.CoveredDay), Number(advice.LineCount), Number(advice.Amount), advice.Account, advice.Remark);
        }

        Row(text, '|', LineEnd, ["T", .. ControlTotals(lines)]);
        return new SandboxSettlementFile("zalopay_" + Stamp(day) + ".csv", Encoding.UTF8.GetBytes(text.ToString()));
    }

    /// <summary>The payout ZaloPay makes on <paramref name="day"/>: the previous day's batch, with the content its <c>P</c> record shows.</summary>
    public static SandboxPayout? PayoutOn(DateOnly day, IReadOnlyList<ZaloPaySandboxOrder> orders, ZaloPaySandboxOptions options, SandboxFaults faults) =>
        SandboxSettlementDay.PayoutOn(
            day,
            AllLines(orders, options),
            faults,
            covered => BatchId(covered, ZaloPaySignature.Number(options.AppId)),
            (batch, _) => "ZALOPAY THANH TOAN " + batch,
            options.PayoutAccount,
            new(null, options.SettlementAccount, "ZALOPAY"));

    /// <summary>
    /// Every paid order and every settled refund. A declined order has no <c>zp_trans_id</c> in the sandbox, so it has no
    /// line; a refund still processing (answered <c>3</c>) is listed once it settles, on the day it settles.
    /// </summary>
    private static List<SandboxSettlementLine> AllLines(IReadOnlyList<ZaloPaySandboxOrder> orders, ZaloPaySandboxOptions options)
    {
        var lines = new List<SandboxSettlementLine>();
        foreach (var order in orders)
        {
            lock (order.Gate)
            {
                if (order.ReturnCode != 1)
                {
                    continue;
                }

                var zpTransId = Number(order.ZpTransId);
                var fee = SandboxSettlementDay.FeeOf(order.Amount, options.FeeBasisPoints);
                lines.Add(new SandboxSettlementLine(true, zpTransId, order.AppTransId, string.Empty, string.Empty, DateTimeOffset.FromUnixTimeMilliseconds(order.ServerTime), order.Amount, fee, true));
                foreach (var refund in order.Refunds)
                {
                    lock (refund.Gate)
                    {
                        if (refund.SettledAt is { } settledAt)
                        {
                            lines.Add(new SandboxSettlementLine(false, Number(refund.RefundId), order.AppTransId, refund.MRefundId, zpTransId, settledAt, refund.Amount, 0, true));
                        }
                    }
                }
            }
        }

        return lines;
    }

    /// <summary><c>ZP</c> + <c>yyMMdd</c> of the report day + <c>S</c> + app id (formats/zalopay.md, <c>settlement_id</c>).</summary>
    private static string BatchId(DateOnly day, string appId) => "ZP" + day.ToString("yyMMdd", CultureInfo.InvariantCulture) + "S" + appId;

    private static string Stamp(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
