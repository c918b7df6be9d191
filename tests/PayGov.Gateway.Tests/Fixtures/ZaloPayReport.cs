using System.Globalization;
using System.Text;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// A ZaloPay settlement report (shared/reconciliation/formats/zalopay.md) for any day, from its payment lines, with
/// the trailer the reader checks. Tests use it so each can work on a business day of its own.
/// </summary>
public sealed class ZaloPayReport
{
    private readonly DateOnly day;
    private readonly List<(string TransId, string Reference, long Amount, long Fee)> lines = [];

    private ZaloPayReport(DateOnly day) => this.day = day;

    public static ZaloPayReport For(DateOnly day) => new(day);

    public string FileName => $"zalopay_{day:yyyyMMdd}.csv";

    public ZaloPayReport Payment(string transId, string reference, long amount, long fee)
    {
        lines.Add((transId, reference, amount, fee));
        return this;
    }

    public byte[] ToBytes()
    {
        var stamp = day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var batch = $"ZP{day:yyMMdd}S9999";
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"H|9999|{stamp}|1760465405000|1\n");
        foreach (var (transId, reference, amount, fee) in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"D|{transId}|{reference}||1|1760409000000|{amount}|{fee}|{amount - fee}|1|{batch}|{day.AddDays(1):yyyyMMdd}\n");
        }

        var gross = lines.Sum(l => l.Amount);
        var fees = lines.Sum(l => l.Fee);
        text.Append(CultureInfo.InvariantCulture, $"T|{lines.Count}|{gross}|0|{fees}|{gross - fees}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
