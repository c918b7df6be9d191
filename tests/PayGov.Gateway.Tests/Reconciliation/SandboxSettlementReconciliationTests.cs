using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// The embedded nightly run over files it fetches from the in-process sandboxes: payments through VNPAY, MoMo, ZaloPay
/// and a bank transfer, and a MoMo refund, reconcile with no exception; a line a provider leaves out, or a refund it
/// did not settle, is exactly the exception the rules name. Each test pays on a day of its own and moves the clock past
/// that day's night (02:00 GMT+7), so the host's nightly job runs it.
/// </summary>
public abstract class SandboxSettlementReconciliationTests(GatewayFixture gateway)
{
    private static readonly string[] Providers = ["vnpay", "momo", "zalopay", "bank_transfer"];

    [Fact]
    public async Task Payments_through_every_sandbox_and_a_refund_reconcile_against_the_sandboxes_files_with_no_exception()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        var intents = await PayThroughEveryProviderAsync(portal);
        var refund = await portal.CreateRefundOkAsync(intents["momo"], 50_000);
        Assert.Equal("succeeded", refund.Str("status"));
        var day = LocalDay();

        var (run, accountant) = await NightlyRunAsync(day);
        using var signedIn = accountant;

        var sources = run.GetProperty("inputs").EnumerateArray().Select(i => i.Str("source")).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["bank:1023456789", "gateway", "momo", "vnpay", "zalopay"], sources);
        Assert.Empty(await accountant.ExceptionsAsync($"business_day={Iso(day)}&portal={portalId}"));
        var byProvider = await accountant.Client.GetJsonAsync($"/v1/reconciliation/reports/{Iso(day)}?group_by=provider");
        var momo = byProvider.GetProperty("rows").EnumerateArray().Single(r => r.Str("provider") == "momo");
        Assert.Equal(50_000, momo.GetProperty("refunds_amount").GetInt64());

        // MoMo's corrected report for the day no longer lists the refund: the gateway refunded money MoMo did not.
        var reference = await gateway.WithDbAsync(db => db.Refunds.AsNoTracking().Where(r => r.Id == refund.Str("id")).Select(r => r.Reference).SingleAsync());
        var report = Encoding.UTF8.GetString(await SandboxFileAsync("momo/settlements", day));
        var withoutRefund = string.Concat(report.Split("\r\n").Where(l => l.Length > 0 && !l.Contains(reference, StringComparison.Ordinal)).Select(l => l + "\r\n"));
        Assert.NotEqual(report, withoutRefund);
        using var upload = await accountant.UploadAsync($"momo_{day:yyyyMMdd}.csv", Encoding.UTF8.GetBytes(withoutRefund));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        var exception = Assert.Single(await accountant.ExceptionsAsync($"business_day={Iso(day)}&portal={portalId}"));
        Assert.Equal(("refund_mismatch", "missing_at_provider", "momo", refund.Str("id")), (exception.Str("type"), exception.Str("reason"), exception.Str("source"), exception.Str("ref")));
        Assert.Equal(50_000, exception.GetProperty("expected_amount").GetInt64());
        Assert.Equal(JsonValueKind.Null, exception.GetProperty("observed_amount").ValueKind);
    }

    [Fact]
    public async Task A_payment_line_the_provider_left_out_of_its_file_is_missing_at_provider_and_nothing_else()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        var intents = await PayThroughEveryProviderAsync(portal);
        var zaloPayAttempt = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == intents["zalopay"]));
        var day = LocalDay();

        var (_, accountant) = await gateway.WithSandboxFaultsAsync("zalopay", new JsonObject { ["missing_settlement_line"] = true }, () => NightlyRunAsync(day));
        using var signedIn = accountant;

        var exception = Assert.Single(await accountant.ExceptionsAsync($"business_day={Iso(day)}&portal={portalId}"));
        Assert.Equal(("missing_at_provider", "zalopay", zaloPayAttempt.Id), (exception.Str("type"), exception.Str("source"), exception.Str("ref")));
        Assert.Equal(150_000, exception.GetProperty("expected_amount").GetInt64());
    }

    [Fact]
    public async Task Two_consecutive_days_reconcile_with_each_payout_matched_to_its_bank_credit_and_no_exception_at_all()
    {
        // A day without payments first, so the payouts below are of this test's batches only.
        (await NightlyRunAsync(LocalDay())).Accountant.Dispose();
        var (_, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        await PayThroughEveryProviderAsync(portal);
        var first = LocalDay();
        (await NightlyRunAsync(first)).Accountant.Dispose();
        await PayThroughEveryProviderAsync(portal);
        var second = LocalDay();
        var (_, accountant) = await NightlyRunAsync(second);
        using var signedIn = accountant;

        Assert.Empty(await accountant.ExceptionsAsync($"business_day={Iso(first)}"));
        Assert.Empty(await accountant.ExceptionsAsync($"business_day={Iso(second)}"));

        // Each provider's report of the second day advises the payout of its first day's batch; the bank booked exactly that.
        var statement = Encoding.ASCII.GetString(await SandboxFileAsync("bank/statements", second, "?format=mt940"));
        var batches = new List<string>();
        foreach (var provider in (string[])["vnpay", "momo", "zalopay"])
        {
            var report = Encoding.UTF8.GetString(await SandboxFileAsync(provider + "/settlements", second));
            var (batch, amount) = PayoutAdvice(report);
            Assert.Equal(150_000 - ExpectedFee(provider), amount);
            Assert.Contains($":61:{second:yyMMddMMdd}C{amount},NTRF{batch}//", statement, StringComparison.Ordinal);
            batches.Add(batch);
        }

        // The bank notified the payouts like any credit: the gateway recorded them, matched to no payment, nothing to refund.
        var credits = await gateway.WithDbAsync(db => db.BankCredits.AsNoTracking().ToListAsync());
        var payouts = credits.Where(c => batches.Any(b => c.Description.Contains(b, StringComparison.Ordinal))).ToList();
        Assert.Equal(3, payouts.Count);
        Assert.All(payouts, c => Assert.Equal((null, null, "unmatched_credit", (long?)null), (c.AttemptId, c.MatchedReference, c.Exception, c.RefundDue)));
    }

    /// <summary>The single payout advice of a report: VNPAY <c>CHI</c>, ZaloPay <c>P</c> (batch second, amount sixth), MoMo <c>Chi trả</c> (amount sixth, batch tenth).</summary>
    private static (string Batch, long Amount) PayoutAdvice(string report)
    {
        var fields = report.Split('\n').Select(l => l.TrimEnd('\r').Split(',', ';', '|')).Single(f => f[0] is "CHI" or "P" || f is [_, _, _, "Chi trả", ..]);
        var batch = fields[0] is "CHI" or "P" ? fields[1] : fields[9];
        return (batch, long.Parse(fields[5], CultureInfo.InvariantCulture));
    }

    /// <summary>The built-in tariffs on 150,000 đồng: VNPAY 1.1 %, MoMo 1.5 %, ZaloPay 1 %.</summary>
    private static long ExpectedFee(string provider) => provider switch { "vnpay" => 1_650, "momo" => 2_250, _ => 1_500 };

    /// <summary>One paid intent (150,000 đồng) per provider, by provider.</summary>
    private static async Task<Dictionary<string, string>> PayThroughEveryProviderAsync(HttpClient portal)
    {
        var intents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var provider in Providers)
        {
            intents[provider] = await portal.PaidIntentAsync(provider);
        }

        return intents;
    }

    private Task<(JsonElement Run, TreasurySession Accountant)> NightlyRunAsync(DateOnly day) => NightlyRuns.AfterNightOfAsync(gateway, day);

    private async Task<byte[]> SandboxFileAsync(string path, DateOnly day, string query = "")
    {
        using var client = gateway.CreateClient();
        return await client.GetByteArrayAsync($"/sandbox/{path}/{Iso(day)}{query}");
    }

    private DateOnly LocalDay() => NightlyRuns.LocalDay(gateway);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(ReconciliationSqliteCollection.Name)]
public sealed class SandboxSettlementReconciliationTestsOnSqlite(SqliteGatewayFixture gateway) : SandboxSettlementReconciliationTests(gateway);

[Collection(ReconciliationPostgresCollection.Name)]
public sealed class SandboxSettlementReconciliationTestsOnPostgres(PostgresGatewayFixture gateway) : SandboxSettlementReconciliationTests(gateway);
