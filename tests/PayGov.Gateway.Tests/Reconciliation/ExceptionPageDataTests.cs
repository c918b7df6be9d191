using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// What the exception pages read, on the worked example's day-1 provider report and statements uploaded and run as a
/// stored day: the records an exception's page shows side by side, found in the files its run read, and the queue
/// page's search sorted by amount and paged (its gateway ledger is the gateway's own, empty on
/// that day, so the example's lines are exceptions with no gateway record). Tests that upload files of their own
/// work on a day of their own, far enough apart that no run replays another's.
/// </summary>
public abstract class ExceptionPageDataTests(GatewayFixture gateway)
{
    private static readonly DateOnly ExampleDay = new(2025, 10, 14);

    private static int nextDay;

    private readonly DateOnly ownDay = new DateOnly(2025, 6, 1).AddDays(7 * Interlocked.Increment(ref nextDay));

    [Fact]
    public async Task The_provider_line_and_the_bank_line_of_an_exception_are_read_from_its_runs_files_with_their_line()
    {
        using var accountant = await ExampleDayAsync();

        var line = Assert.Single(await EvidenceOfAsync(accountant, "missing_at_gateway", "vnpay", "15230002"));
        Assert.Equal(EvidenceSide.Provider, line.Side);
        Assert.StartsWith("vnpay_20251014.csv:", line.Origin, StringComparison.Ordinal);
        Assert.Equal("251014_01K7E0B0000002VN01", Field(line, "merchant_reference").Text);
        Assert.Equal(152_000, Field(line, "amount").Money);

        var mt940 = Assert.Single(await EvidenceOfAsync(accountant, "unmatched_bank_credit", "bank:0011004455667", "FT25287000000106"));
        Assert.Equal(EvidenceSide.Bank, mt940.Side);
        Assert.StartsWith("statement_0011004455667_20251014.mt940:", mt940.Origin, StringComparison.Ordinal);
        Assert.Equal(200_000, Field(mt940, "amount").Money);
        Assert.Contains("PGB2K7Q2M9X4A", Field(mt940, "remark").Text, StringComparison.Ordinal);

        var camt = Assert.Single(await EvidenceOfAsync(accountant, "unmatched_bank_credit", "bank:113000223344", "VTB25101400000000205"));
        Assert.StartsWith("statement_113000223344_20251014.xml:", camt.Origin, StringComparison.Ordinal);
        Assert.Equal(200_000, Field(camt, "amount").Money);
    }

    [Fact]
    public async Task The_queue_search_sorts_by_the_larger_amount_either_way_and_pages_by_number()
    {
        using var accountant = await ExampleDayAsync();
        await using var scope = gateway.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<ExceptionQueueService>();

        var (largest, total) = await queue.SearchAsync(new ExceptionSearch(ExampleDay, null, null, ExceptionStatus.Open, ExceptionSort.LargestFirst, 1), CancellationToken.None);
        var (smallest, _) = await queue.SearchAsync(new ExceptionSearch(ExampleDay, null, null, ExceptionStatus.Open, ExceptionSort.SmallestFirst, 1), CancellationToken.None);
        var (vnpayOnly, vnpayTotal) = await queue.SearchAsync(new ExceptionSearch(ExampleDay, "missing_at_gateway", "vnpay", null, ExceptionSort.OldestFirst, 1), CancellationToken.None);
        var (beyond, _) = await queue.SearchAsync(new ExceptionSearch(ExampleDay, null, null, null, ExceptionSort.NewestFirst, 2), CancellationToken.None);

        Assert.Equal(total, largest.Count);
        Assert.Equal(largest.Select(e => e.Magnitude).OrderDescending(), largest.Select(e => e.Magnitude));
        Assert.Equal(smallest.Select(e => e.Magnitude).Order(), smallest.Select(e => e.Magnitude));
        Assert.Equal(largest.Max(e => e.Magnitude), largest[0].Magnitude);
        Assert.Equal(5, vnpayTotal);
        Assert.All(vnpayOnly, e => Assert.Equal(("missing_at_gateway", "vnpay"), (e.Type, e.Provider)));
        Assert.Equal(vnpayOnly.Select(e => e.Id).Order(StringComparer.Ordinal), vnpayOnly.Select(e => e.Id));
        Assert.Empty(beyond);
    }

    [Fact]
    public async Task A_payments_exception_shows_its_payment_line_and_a_refunds_its_refund_line_though_both_carry_the_payments_reference()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        // ZaloPay's refund line repeats the refunded payment's app_trans_id; here it comes first in the file.
        var paymentReference = $"{ownDay:yyMMdd}_01K7E0B0000001ZPEV01";
        var refundId = $"{ownDay:yyMMdd}_9999_01K7E0B0000001RFEV01";
        var report = ZaloPayReport.For(ownDay)
            .Refund(TransId(1), paymentReference, refundId, 30_000)
            .Payment(TransId(2), paymentReference, 95_000, 950);
        await UploadAndRunAsync(accountant, report);

        var payment = Assert.Single(await EvidenceOfAsync(accountant, ownDay, "missing_at_gateway", "zalopay", TransId(2)));
        Assert.Equal((EvidenceSide.Provider, $"{report.FileName}:3"), (payment.Side, payment.Origin));
        Assert.Equal((paymentReference, TransId(2), 95_000L), (Field(payment, "merchant_reference").Text, Field(payment, "provider_txn_id").Text, Field(payment, "amount").Money!.Value));

        var refund = Assert.Single(await EvidenceOfAsync(accountant, ownDay, "refund_mismatch", "zalopay", TransId(1)));
        Assert.Equal((EvidenceSide.Provider, $"{report.FileName}:2"), (refund.Side, refund.Origin));
        Assert.Equal((refundId, TransId(1), 30_000L), (Field(refund, "merchant_reference").Text, Field(refund, "provider_txn_id").Text, Field(refund, "amount").Money!.Value));
    }

    [Fact]
    public async Task The_second_page_of_a_day_with_thirty_exceptions_holds_the_26th_to_the_30th_in_the_order_asked()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        // Thirty lines the gateway never saw, of 10,000 to 300,000 đồng: thirty missing_at_gateway, one per line.
        var report = ZaloPayReport.For(ownDay);
        for (var i = 1; i <= 30; i++)
        {
            report.Payment(TransId(i), string.Create(CultureInfo.InvariantCulture, $"{ownDay:yyMMdd}_01K7E0B00000{i:00}ZPPG01"), 10_000 * i, 100 * i);
        }

        await UploadAndRunAsync(accountant, report);
        await using var scope = gateway.Services.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<ExceptionQueueService>();

        var (largest, total) = await queue.SearchAsync(new ExceptionSearch(ownDay, null, null, ExceptionStatus.Open, ExceptionSort.LargestFirst, 2), CancellationToken.None);
        var (smallest, _) = await queue.SearchAsync(new ExceptionSearch(ownDay, null, null, ExceptionStatus.Open, ExceptionSort.SmallestFirst, 2), CancellationToken.None);
        var (third, _) = await queue.SearchAsync(new ExceptionSearch(ownDay, null, null, ExceptionStatus.Open, ExceptionSort.LargestFirst, 3), CancellationToken.None);

        Assert.Equal(30, total);
        Assert.Equal([TransId(5), TransId(4), TransId(3), TransId(2), TransId(1)], largest.Select(e => e.Reference));
        Assert.Equal([50_000L, 40_000, 30_000, 20_000, 10_000], largest.Select(e => e.Magnitude));
        Assert.Equal([TransId(26), TransId(27), TransId(28), TransId(29), TransId(30)], smallest.Select(e => e.Reference));
        Assert.All(largest.Concat(smallest), e => Assert.Equal(("missing_at_gateway", "zalopay"), (e.Type, e.Source)));
        Assert.Empty(third);
    }

    /// <summary>ZaloPay's transaction id of the test's <paramref name="n"/>th line: its day's yyMMdd, then a number.</summary>
    private string TransId(int n) => string.Create(CultureInfo.InvariantCulture, $"{ownDay:yyMMdd}0009000{n:00}");

    private async Task UploadAndRunAsync(TreasurySession accountant, ZaloPayReport report)
    {
        using (var upload = await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        await accountant.RunDayAsync(ownDay);
    }

    /// <summary>The example's VNPAY report and both statements uploaded (the same bytes again change nothing) and the day run (or its run reused).</summary>
    private async Task<TreasurySession> ExampleDayAsync()
    {
        var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        foreach (var file in Directory.GetFiles(SharedSpec.DayOne).Where(f => Path.GetFileName(f).StartsWith("vnpay_", StringComparison.Ordinal)
            || Path.GetFileName(f).StartsWith("statement_", StringComparison.Ordinal)))
        {
            using var upload = await accountant.UploadAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(file));
            Assert.True(upload.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await upload.Content.ReadAsStringAsync());
        }

        await accountant.RunDayAsync(ExampleDay);
        return accountant;
    }

    private Task<IReadOnlyList<EvidenceRecord>> EvidenceOfAsync(TreasurySession accountant, string type, string source, string reference) =>
        EvidenceOfAsync(accountant, ExampleDay, type, source, reference);

    private async Task<IReadOnlyList<EvidenceRecord>> EvidenceOfAsync(TreasurySession accountant, DateOnly day, string type, string source, string reference)
    {
        var listed = (await accountant.ExceptionsAsync($"business_day={day:yyyy-MM-dd}&type={type}&source={Uri.EscapeDataString(source)}"))
            .Single(e => e.Str("ref") == reference);
        await using var scope = gateway.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<ExceptionQueueService>().GetAsync(listed.Str("id"), CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ExceptionEvidence>().GatherAsync(found.Value.Exception, CancellationToken.None);
    }

    private static EvidenceField Field(EvidenceRecord record, string key) => record.Fields.Single(f => f.Key == key);
}

[Collection(DayCloseSqliteCollection.Name)]
public sealed class ExceptionPageDataTestsOnSqlite(SqliteGatewayFixture gateway) : ExceptionPageDataTests(gateway);

[Collection(DayClosePostgresCollection.Name)]
public sealed class ExceptionPageDataTestsOnPostgres(PostgresGatewayFixture gateway) : ExceptionPageDataTests(gateway);
