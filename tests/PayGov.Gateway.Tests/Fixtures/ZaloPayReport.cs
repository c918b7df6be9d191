using System.Globalization;
using System.Text;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// A ZaloPay settlement report (shared/reconciliation/formats/zalopay.md) for any day, from its payment and refund
/// lines in the order given, with the trailer the reader checks. Tests use it so each can work on a business day of its own.
/// </summary>
public sealed class ZaloPayReport
{
    private readonly DateOnly day;
    private readonly List<(string TransId, string Reference, string RefundId, long Amount, long Fee)> lines = [];

    private ZaloPayReport(DateOnly day) => this.day = day;

    public static ZaloPayReport For(DateOnly day) => new(day);

    public string FileName => $"zalopay_{day:yyyyMMdd}.csv";

    public ZaloPayReport Payment(string transId, string reference, long amount, long fee)
    {
        lines.Add((transId, reference, "", amount, fee));
        return this;
    }

    /// <summary>A settled refund: ZaloPay's refund id, the refunded payment's <c>app_trans_id</c>, PayGov's <c>m_refund_id</c>; no fee.</summary>
    public ZaloPayReport Refund(string transId, string paymentReference, string refundId, long amount)
    {
        lines.Add((transId, paymentReference, refundId, amount, 0));
        return this;
    }

    public byte[] ToBytes()
    {
        var stamp = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var batch = $"ZP{day:yyMMdd}S9999";
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"H|9999|{stamp}|1760465405000|1\n");
        foreach (var (transId, reference, refundId, amount, fee) in lines)
        {
            var (type, net) = refundId.Length == 0 ? (1, amount - fee) : (2, -(amount + fee));
            text.Append(CultureInfo.InvariantCulture, $"D|{transId}|{reference}|{refundId}|{type}|1760409000000|{amount}|{fee}|{net}|1|{batch}|{day.AddDays(1):yyyyMMdd}\n");
        }

        var paid = lines.Where(l => l.RefundId.Length == 0).Sum(l => l.Amount);
        var refunded = lines.Where(l => l.RefundId.Length > 0).Sum(l => l.Amount);
        var fees = lines.Sum(l => l.Fee);
        text.Append(CultureInfo.InvariantCulture, $"T|{lines.Count}|{paid}|{refunded}|{fees}|{paid - fees - refunded}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
