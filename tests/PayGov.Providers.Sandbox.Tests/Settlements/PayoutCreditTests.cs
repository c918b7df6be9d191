using System.Globalization;
using PayGov.Providers.Sandbox.Tests.BankTransfer;
using PayGov.Reconciliation.Model;
using static PayGov.Providers.Sandbox.Tests.VnPay.VnPaySteps;

namespace PayGov.Providers.Sandbox.Tests.Settlements;

/// <summary>
/// A provider pays a day's batch at 09:00 GMT+7 the next day and the sandbox bank books that credit on the collection
/// account, so the statement of that day carries what the provider's report of that day advises (reconciliation README §7.1).
/// </summary>
[Collection(PayoutSandboxCollection.Name)]
public sealed class PayoutCreditTests(PayoutSandboxFixture fixture)
{
    private readonly BankSandboxClient bank = new(fixture);

    /// <summary>The reconciliation reader of each statement format the sandbox bank serves.</summary>
    private static readonly (string Format, string ReaderFormat)[] Formats = [("mt940", "mt940"), ("camt053", "camt.053.001.08")];

    [Fact]
    public async Task The_next_days_statement_has_the_payout_credit_at_the_advised_net_with_the_batch_id()
    {
        var (first, transactionNo) = await PaidAsync(fixture, 150_000);
        await PaidAsync(fixture, 275_000);
        await fixture.VnPay.RefundAsync(Refund(first, transactionNo, 40_000));
        var day = SettlementFiles.DayOf(fixture.Time.GetUtcNow());
        var next = day.AddDays(1);

        // The money moves at 09:00 the next morning, not before.
        fixture.Time.SetUtcNow(new DateTimeOffset(next.ToDateTime(new TimeOnly(8, 59, 59)), TimeSpan.FromHours(7)));
        var (_, early) = await bank.ReadStatementAsync(next, "mt940", "mt940");
        fixture.Time.Advance(TimeSpan.FromSeconds(1));
        var batch = await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, day);
        var report = await SettlementFiles.FetchAsync(fixture, PaymentChannel.VnPay, next);

        var advice = Assert.Single(report.Lines, l => l.Kind == SettlementLineKind.Payout);
        Assert.Equal(150_000 - 1_650 + 275_000 - 3_025 - 40_000, advice.Gross);
        Assert.Equal(batch.Transactions.Sum(l => l.Net), advice.Gross);
        Assert.Equal((SandboxFixture.BankAccount, next), (advice.PayoutAccount, advice.PayoutDate));
        Assert.DoesNotContain(early, e => e.CustomerReference == advice.PayoutBatchId);
        foreach (var (format, readerFormat) in Formats)
        {
            var (statement, entries) = await bank.ReadStatementAsync(next, format, readerFormat);

            var credit = Assert.Single(entries, e => Reference(e, format) == advice.PayoutBatchId);
            Assert.Equal((EntryDirection.Credit, advice.Gross, next), (credit.Direction, credit.Amount, credit.ValueDate));
            Assert.Equal("VNPAY TT DOI SOAT " + advice.PayoutBatchId + " NGAY " + day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + " TMN " + SandboxFixture.VnPayTmnCode, credit.Remark);
            Assert.Equal(statement.Closing - statement.Opening, entries.Sum(e => e.Direction == EntryDirection.Credit ? e.Amount : -e.Amount));
        }
    }

    /// <summary>Where each format carries the payer's reference: MT940 <c>:61:</c> customer reference, camt.053 <c>EndToEndId</c>.</summary>
    private static string Reference(BankStatementEntry entry, string format) => format == "mt940" ? entry.CustomerReference : entry.EndToEndId;
}
