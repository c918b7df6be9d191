using System.Globalization;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>
/// A sandbox's daily settlement file fetched over HTTP and read by the reconciliation engine's own reader for that
/// provider, every check of the format (totals, net rule, encoding) included.
/// </summary>
internal sealed record SettlementFiles(SettlementReportReader Reader, List<SettlementLine> Lines, byte[] Content, string? MediaType)
{
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(7)).DateTime);

    public static DateOnly DayOfUnixMilliseconds(long milliseconds) => DayOf(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));

    public static async Task<SettlementFiles> FetchAsync(SandboxFixture fixture, PaymentChannel provider, DateOnly day)
    {
        var wireName = provider switch
        {
            PaymentChannel.VnPay => "vnpay",
            PaymentChannel.MoMo => "momo",
            PaymentChannel.ZaloPay => "zalopay",
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Only providers have settlement reports."),
        };
        using var response = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, $"/sandbox/{wireName}/settlements/" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        response.EnsureSuccessStatusCode();
        var content = await response.Content.ReadAsByteArrayAsync();
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!;
        var reader = SettlementReportReader.Open(provider, new MemoryStream(content), fileName);
        return new SettlementFiles(reader, reader.ReadLines().ToList(), content, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The transaction lines (payments and refunds), without payout advices.</summary>
    public IEnumerable<SettlementLine> Transactions => Lines.Where(l => l.Kind != SettlementLineKind.Payout);

    /// <summary>Under <c>missing_settlement_line</c> the day's first successful payment is gone and nothing else.</summary>
    public static void AssertFirstPaymentLeftOut(SettlementFiles complete, SettlementFiles missing)
    {
        var first = complete.Lines.First(l => l.Kind == SettlementLineKind.Payment && l.Success);
        Assert.DoesNotContain(missing.Lines, l => l.ProviderTxnId == first.ProviderTxnId);
        Assert.Equal(complete.Transactions.Count() - 1, missing.Transactions.Count());
    }

    /// <summary>The next day's report advises the payout of this day's batch: its net, and its line count and the account paid into when the format names them.</summary>
    public static void AssertPayoutOf(SettlementFiles day, SettlementFiles next, string? account)
    {
        var payout = Assert.Single(next.Lines, l => l.Kind == SettlementLineKind.Payout);
        var batch = day.Transactions.Select(l => l.PayoutBatchId).Distinct().Single();
        Assert.Equal((batch, day.Reader.ReportDay, next.Reader.ReportDay), (payout.PayoutBatchId, payout.CoveredDay, payout.PayoutDate));
        Assert.Equal(day.Transactions.Sum(l => l.Net), payout.Gross);
        if (account is not null)
        {
            Assert.Equal((account, day.Transactions.Count()), (payout.PayoutAccount, payout.PayoutLineCount));
        }
    }
}
