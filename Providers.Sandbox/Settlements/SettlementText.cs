using System.Globalization;
using System.Text;

namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>Rows of a delimited settlement file; no layout quotes, because no field the sandbox writes holds a separator.</summary>
internal static class SettlementText
{
    public static void Row(StringBuilder text, char separator, string lineEnd, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            text.Append(fields[i]);
        }

        text.Append(lineEnd);
    }

    /// <summary>
    /// The control totals of a report, in the order VNPAY's <c>TONG</c> and ZaloPay's <c>T</c> write them: line count,
    /// gross of successful payments, gross of successful refunds, fees of successful lines, net of all lines.
    /// </summary>
    public static string[] ControlTotals(IReadOnlyList<SandboxSettlementLine> lines)
    {
        var successful = lines.Where(l => l.Success).ToList();
        return
        [
            Number(lines.Count),
            Number(successful.Where(l => l.IsPayment).Sum(l => l.Gross)),
            Number(successful.Where(l => !l.IsPayment).Sum(l => l.Gross)),
            Number(successful.Sum(l => l.Fee)),
            Number(lines.Sum(l => l.Net)),
        ];
    }

    /// <summary>Đồng as plain digits with a minus sign when negative.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
