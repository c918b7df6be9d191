using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// What the exception pages read, on the worked example's day-1 provider report and statements uploaded and run as a
/// stored day: the records an exception's page shows side by side, found in the files its run read, and the queue
/// page's search sorted by amount and paged (its gateway ledger is the gateway's own, empty on
/// that day, so the example's lines are exceptions with no gateway record).
/// </summary>
public abstract class ExceptionPageDataTests(GatewayFixture gateway)
{
    private static readonly DateOnly ExampleDay = new(2025, 10, 14);

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

    private async Task<IReadOnlyList<EvidenceRecord>> EvidenceOfAsync(TreasurySession accountant, string type, string source, string reference)
    {
        var listed = (await accountant.ExceptionsAsync($"business_day=2025-10-14&type={type}&source={Uri.EscapeDataString(source)}"))
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
