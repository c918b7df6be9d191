using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Infrastructure.Coordination;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// Closing a business day: only a supervisor, only a reconciled day with nothing outstanding, exactly once however
/// many try at the same moment; then no run, file or exception action changes it, and its reports and exports equal
/// the figures the closure recorded. Each test but the sandbox day works on business days of its own, around a day 80
/// days from any other test's: a run carries from the 35 days before it and a close freezes them, and a test reaches
/// at most 37 days back, so no test's runs or closes touch another's days.
/// </summary>
public abstract class DayCloseTests(GatewayFixture gateway)
{
    private static int nextDay;

    private readonly DateOnly day = new DateOnly(2022, 1, 1).AddDays(80 * Interlocked.Increment(ref nextDay));

    [Fact]
    public async Task A_supervisor_closes_a_sandbox_day_once_nothing_is_outstanding_and_its_reports_then_equal_the_closure()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        var intents = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var intent = (await portal.CreateIntentOkAsync()).Str("id");
            using var paid = await portal.SimulateAsync(intent, "zalopay", "succeeded");
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
            intents.Add(intent);
        }

        foreach (var intent in intents)
        {
            await Eventually.TrueAsync(async () => (await portal.GetJsonAsync($"/v1/payment_intents/{intent}")).Str("status") == "succeeded", "the payment succeeds");
        }

        var paidDay = DateOnly.FromDateTime(gateway.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        gateway.Time.Advance(TimeSpan.FromDays(1));
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        await NightlyRuns.OfAsync(gateway, accountant, paidDay);

        // ZaloPay's report: both payments at the tariff's fee (100 bp), and a 20,000,000 đồng line the gateway never saw.
        var attempts = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().Where(a => intents.Contains(a.IntentId)).ToListAsync());
        var report = ZaloPayReport.For(paidDay);
        foreach (var attempt in attempts)
        {
            report.Payment(attempt.ProviderTransactionId!, attempt.MerchantReference, 150_000, 1_500);
        }

        report.Payment(Txn(paidDay, 1), Reference(paidDay, 1), 20_000_000, 200_000);
        using (var upload = await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var before = await DayAsync(accountant, paidDay);
        Assert.Equal("open", before.Str("status"));
        Assert.False(before.GetProperty("closable").GetBoolean());
        Assert.Equal("exceptions_outstanding", before.GetProperty("not_closable").Str("code"));
        var open = before.GetProperty("exceptions").GetProperty("open").GetInt32();
        using (var early = await CloseAsync(supervisor, paidDay))
        {
            var problem = await early.AssertProblemAsync(HttpStatusCode.Conflict, "exceptions_outstanding", "business_day");
            Assert.Equal(open, problem.GetProperty("open").GetInt32());
            Assert.Equal(0, problem.GetProperty("pending_approval").GetInt32());
        }

        foreach (var exception in await accountant.ExceptionsAsync($"business_day={Iso(paidDay)}&status=open"))
        {
            using var resolve = await accountant.PostAsync($"/v1/reconciliation/exceptions/{exception.Str("id")}/resolve", new { note = "checked with ZaloPay", resolution_code = "accepted_as_is" });
            Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        }

        var pending = Assert.Single(await accountant.ExceptionsAsync($"business_day={Iso(paidDay)}&status=pending_approval"));
        Assert.Equal(Txn(paidDay, 1), pending.Str("ref"));
        using (var awaitingApproval = await CloseAsync(supervisor, paidDay))
        {
            var problem = await awaitingApproval.AssertProblemAsync(HttpStatusCode.Conflict, "exceptions_outstanding");
            Assert.Equal(0, problem.GetProperty("open").GetInt32());
            Assert.Equal(1, problem.GetProperty("pending_approval").GetInt32());
        }

        using (var approve = await supervisor.PostAsync($"/v1/reconciliation/exceptions/{pending.Str("id")}/approve", new { note = "refund inquiry opened" }))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        }

        var closable = await DayAsync(accountant, paidDay);
        Assert.True(closable.GetProperty("closable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, closable.GetProperty("not_closable").ValueKind);

        using var close = await CloseAsync(supervisor, paidDay);

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var closed = await close.JsonAsync();
        Assert.Equal("closed", closed.Str("status"));
        var closure = closed.GetProperty("closure");
        Assert.Equal(supervisor.Username, closure.Str("closed_by"));
        Assert.Equal("supervisor", closure.Str("closed_by_role"));
        Assert.Equal(closable.Str("current_run_id"), closure.Str("run_id"));
        Assert.Equal(before.GetProperty("exceptions").GetProperty("resolved").GetInt32() + open, closure.GetProperty("resolved_exceptions").GetInt32());
        var totals = closure.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("payments_count").GetInt64());
        Assert.Equal(2 * 150_000, totals.GetProperty("payments_amount").GetInt64());
        Assert.Equal(totals.GetProperty("payments_amount").GetInt64() - totals.GetProperty("refunds_amount").GetInt64(), totals.GetProperty("net").GetInt64());
        var stored = await gateway.WithDbAsync(db => db.ReconciliationRuns.AsNoTracking().SingleAsync(r => r.Id == closure.Str("run_id")));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stored.ReportJson!))), closure.Str("report_sha256"));
        Assert.Equal("closed", (await DayAsync(accountant, paidDay)).Str("status"));

        var byPortal = await accountant.Client.GetJsonAsync($"/v1/reconciliation/reports/{Iso(paidDay)}?group_by=portal");
        Assert.Equal(2, byPortal.GetProperty("rows").EnumerateArray().Single(r => r.Str("portal") == portalId).GetProperty("payments_count").GetInt64());
        foreach (var grouping in ReportDownloads.Groupings)
        {
            await AssertReportEqualsClosureAsync(accountant, paidDay, grouping, closure);
        }

        using var again = await CloseAsync(supervisor, paidDay);
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "day_closed", "business_day");
        var trail = await accountant.Client.GetJsonAsync($"/v1/reconciliation/exceptions/{pending.Str("id")}");
        var last = trail.GetProperty("actions").EnumerateArray().Last();
        Assert.Equal(new[] { "day_closed", supervisor.Username, "supervisor", "resolved", "resolved" }, new[] { last.Str("action"), last.Str("actor"), last.Str("actor_role"), last.Str("from_status"), last.Str("to_status") });
    }

    [Fact]
    public async Task Two_supervisors_closing_at_the_same_moment_close_the_day_once()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var first = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        using var second = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        await ReconciledDayAsync(accountant);

        var answers = await Task.WhenAll(CloseAsync(first, day), CloseAsync(second, day));

        try
        {
            // The second finds the day closed, or the first still closing it (the reconciliation lock): 409 either way.
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            var refused = Assert.Single(answers, a => a.StatusCode != HttpStatusCode.OK);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains((await refused.JsonAsync()).Str("code"), new[] { "day_closed", "reconciliation_busy" });
        }
        finally
        {
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }

        Assert.Equal(1, await gateway.WithDbAsync(db => db.ReconciliationDayClosures.CountAsync(c => c.BusinessDay == day)));
        var exception = Assert.Single(await accountant.ExceptionsAsync($"business_day={Iso(day)}"));
        var trail = await accountant.Client.GetJsonAsync($"/v1/reconciliation/exceptions/{exception.Str("id")}");
        Assert.Single(trail.GetProperty("actions").EnumerateArray(), a => a.Str("action") == "day_closed");
        using var third = await CloseAsync(first, day);
        await third.AssertProblemAsync(HttpStatusCode.Conflict, "day_closed");
    }

    [Fact]
    public async Task Only_a_supervisor_closes_and_only_a_reconciled_day()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        var (_, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        using var anonymous = gateway.CreateClient();

        var unreconciled = await DayAsync(accountant, day);
        using var notRun = await CloseAsync(supervisor, day);
        await ReconciledDayAsync(accountant);
        using var byAccountant = await CloseAsync(accountant, day);
        using var byPortal = await portal.PostAsync($"/v1/reconciliation/days/{Iso(day)}/close", null);
        using var signedOut = await anonymous.PostAsync($"/v1/reconciliation/days/{Iso(day)}/close", null);
        using var withoutToken = await supervisor.Client.PostAsync($"/v1/reconciliation/days/{Iso(day)}/close", null);
        using var notADay = await CloseAsync(supervisor, "2025-13-01");
        using var readNotADay = await accountant.Client.GetAsync("/v1/reconciliation/days/2025-02-30");

        Assert.Equal("open", unreconciled.Str("status"));
        Assert.False(unreconciled.GetProperty("closable").GetBoolean());
        Assert.Equal("day_not_reconciled", unreconciled.GetProperty("not_closable").Str("code"));
        Assert.Equal(JsonValueKind.Null, unreconciled.GetProperty("current_run_id").ValueKind);
        await notRun.AssertProblemAsync(HttpStatusCode.Conflict, "day_not_reconciled", "business_day");
        await byAccountant.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await byPortal.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
        await signedOut.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
        await withoutToken.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_token_invalid");
        await notADay.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_invalid", "business_day");
        await readNotADay.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_invalid", "business_day");
        Assert.Equal("open", (await DayAsync(accountant, day)).Str("status"));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.ReconciliationDayClosures.CountAsync(c => c.BusinessDay == day)));
    }

    [Fact]
    public async Task A_closed_day_and_the_days_its_run_carries_from_are_never_run_or_fed_again_and_its_exceptions_take_no_action()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        var earlier = day.AddDays(-1);
        var report = ZaloPayReport.For(earlier).Payment(Txn(earlier, 1), Reference(earlier, 1), 40_000, 400);
        using (var upload = await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        await accountant.RunDayAsync(earlier);
        var exception = await ReconciledDayAsync(accountant);
        using (var close = await CloseAsync(supervisor, day))
        {
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        }

        await AssertFrozenAsync(accountant, day);
        await AssertFrozenAsync(accountant, earlier);
        using var reopen = await accountant.PostAsync($"/v1/reconciliation/exceptions/{exception}/reopen", new { note = "second thoughts" });
        using var resolve = await accountant.PostAsync($"/v1/reconciliation/exceptions/{exception}/resolve", new { note = "again" });

        await reopen.AssertProblemAsync(HttpStatusCode.Conflict, "day_closed");
        await resolve.AssertProblemAsync(HttpStatusCode.Conflict, "day_closed");
        Assert.Equal("resolved", (await accountant.Client.GetJsonAsync($"/v1/reconciliation/exceptions/{exception}")).Str("status"));
        Assert.Equal("open", (await DayAsync(accountant, earlier)).Str("status"));
    }

    [Fact]
    public async Task A_corrected_day_before_a_closed_days_lookback_re_runs_the_later_days_only_up_to_the_first_frozen_one()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        var lookback = gateway.Services.GetRequiredService<ReconciliationSetup>().Config.ReferenceLookbackDays;
        var outside = day.AddDays(-lookback - 2);
        var between = day.AddDays(-lookback - 1);
        var frozen = day.AddDays(-lookback);
        foreach (var (of, amount) in new[] { (outside, 95_000L), (between, 40_000L), (frozen, 60_000L) })
        {
            var report = ZaloPayReport.For(of).Payment(Txn(of, 1), Reference(of, 1), amount, amount / 100);
            using (await accountant.UploadAsync(report.FileName, report.ToBytes()))
            {
            }

            await accountant.RunDayAsync(of);
        }

        await ReconciledDayAsync(accountant);
        using (var close = await CloseAsync(supervisor, day))
        {
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        }

        var closedRuns = await RunIdsAsync(accountant, day);
        var frozenRuns = await RunIdsAsync(accountant, frozen);
        var stopsBefore = Logged(7112);
        var corrected = ZaloPayReport.For(outside).Payment(Txn(outside, 1), Reference(outside, 1), 96_000, 960);

        using var upload = await accountant.UploadAsync(corrected.FileName, corrected.ToBytes());

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var rerun = (await upload.JsonAsync()).GetProperty("run").Str("id");
        var betweenRuns = (await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs?business_day={Iso(between)}")).GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(rerun, Assert.Single(betweenRuns, r => r.GetProperty("current").GetBoolean()).Str("caused_by_run_id"));
        Assert.Equal(frozenRuns, await RunIdsAsync(accountant, frozen));
        Assert.Equal(closedRuns, await RunIdsAsync(accountant, day));
        Assert.True(Logged(7112) > stopsBefore, "the stop at the first frozen day is logged");
    }

    [Fact]
    public async Task A_file_arriving_while_a_close_holds_the_lock_is_not_stored_and_after_the_close_is_refused()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        await ReconciledDayAsync(accountant);
        var filesBefore = await FileIdsAsync(accountant, day);
        var corrected = ZaloPayReport.For(day).Payment(Txn(day, 1), Reference(day, 1), 96_000, 960);
        var drop = Path.Combine(gateway.FilesDirectory, "drop");
        Directory.CreateDirectory(drop);
        var dropped = $"{Guid.NewGuid():N}_{corrected.FileName}";
        var watcher = gateway.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DropFolderWatcher>().Single();

        // What a close holds from its check of the day to its commit: the reconciliation lock.
        await using (var closing = await gateway.Services.GetRequiredService<ILeaderLock>()
            .TryAcquireAsync(ReconciliationRunService.LockName, TimeSpan.FromMinutes(5), CancellationToken.None))
        {
            Assert.NotNull(closing);
            using var during = await accountant.UploadOnceAsync(corrected.FileName, corrected.ToBytes());
            await File.WriteAllBytesAsync(Path.Combine(drop, dropped), corrected.ToBytes());
            await watcher.PollAsync(CancellationToken.None);

            await during.AssertProblemAsync(HttpStatusCode.Conflict, "reconciliation_busy");
            Assert.True(File.Exists(Path.Combine(drop, dropped)), "the drop folder keeps the file for its next poll");
            Assert.Equal(filesBefore, await FileIdsAsync(accountant, day));
        }

        using (var close = await CloseAsync(supervisor, day))
        {
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        }

        using var after = await accountant.UploadAsync(corrected.FileName, corrected.ToBytes());
        await watcher.PollAsync(CancellationToken.None);

        var problem = await after.AssertProblemAsync(HttpStatusCode.Conflict, "day_closed", "business_day");
        Assert.Equal(Iso(day), problem.Str("closed_day"));
        Assert.Single(Directory.GetFiles(Path.Combine(drop, "refused"), "*" + dropped + ".refused.txt"));
        Assert.Equal(filesBefore, await FileIdsAsync(accountant, day));
    }

    [Fact]
    public async Task A_day_with_a_current_file_its_run_did_not_read_is_not_closed_until_it_is_run_again()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        await ReconciledDayAsync(accountant);
        var staleRun = (await DayAsync(accountant, day)).Str("current_run_id");
        var corrected = ZaloPayReport.For(day)
            .Payment(Txn(day, 1), Reference(day, 1), 95_000, 950)
            .Payment(Txn(day, 2), Reference(day, 2), 30_000, 300);

        // Stored without its run, as a node stopping between the two (or a refused run) leaves it.
        string fileId;
        await using (var scope = gateway.Services.CreateAsyncScope())
        {
            var files = scope.ServiceProvider.GetRequiredService<ReconciliationFileService>();
            using var content = new MemoryStream(corrected.ToBytes());
            var check = await files.CheckAsync(content, corrected.FileName, null, null, CancellationToken.None);
            Assert.True(check.Passed);
            var stored = await files.RegisterAsync(check.Pending, check.Inspected, corrected.FileName, FileOrigin.Upload, accountant.Username, CancellationToken.None);
            Assert.True(stored.IsNewVersion);
            fileId = stored.File!.Id;
        }

        var stale = await DayAsync(accountant, day);
        using var refused = await CloseAsync(supervisor, day);
        var page = await supervisor.Client.GetStringAsync(ReportPageEndpoints.PathOf(day));

        Assert.False(stale.GetProperty("closable").GetBoolean());
        Assert.Equal("inputs_changed", stale.GetProperty("not_closable").Str("code"));
        Assert.Contains(corrected.FileName, stale.GetProperty("not_closable").Str("detail"), StringComparison.Ordinal);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, "inputs_changed", "business_day");
        Assert.Equal([fileId], problem.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains(ReportsText.Vietnamese.Errors["inputs_changed"], page, StringComparison.Ordinal);

        await accountant.RunDayAsync(day);
        var added = Assert.Single(await accountant.ExceptionsAsync($"business_day={Iso(day)}&status=open"));
        using (var resolve = await accountant.PostAsync($"/v1/reconciliation/exceptions/{added.Str("id")}/resolve", new { note = "a second test charge" }))
        {
            Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        }

        using var close = await CloseAsync(supervisor, day);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        var closure = (await close.JsonAsync()).GetProperty("closure");
        Assert.NotEqual(staleRun, closure.Str("run_id"));
        var closedRun = await gateway.WithDbAsync(db => db.ReconciliationRuns.AsNoTracking().Include(r => r.Inputs).SingleAsync(r => r.Id == closure.Str("run_id")));
        Assert.Contains(closedRun.Inputs, i => i.FileId == fileId);
    }

    /// <summary>
    /// Every path a run or a file of <paramref name="frozen"/> can arrive by (API run and upload, CLI, nightly job,
    /// drop folder) is refused with <c>day_closed</c> naming this test's closed day, and nothing of the day changes.
    /// </summary>
    private async Task AssertFrozenAsync(TreasurySession accountant, DateOnly frozen)
    {
        var runsBefore = await RunIdsAsync(accountant, frozen);
        var filesBefore = await FileIdsAsync(accountant, frozen);
        var skippedBefore = Logged(7111);

        using var run = await accountant.PostAsync("/v1/reconciliation/runs", new { business_day = Iso(frozen) });
        var corrected = ZaloPayReport.For(frozen).Payment(Txn(frozen, 1), Reference(frozen, 1), 96_000, 960);
        using var upload = await accountant.UploadAsync(corrected.FileName, corrected.ToBytes());
        using var cli = new StringWriter();
        var cliExit = await PayGov.Gateway.Cli.GatewayCli.RunAsync(gateway.Services, ["reconcile-day", Iso(frozen)], cli, CancellationToken.None);
        var nightly = ActivatorUtilities.CreateInstance<NightlyReconciliationJob>(gateway.Services);
        await nightly.RunNightAsync(frozen, CancellationToken.None);
        var drop = Path.Combine(gateway.FilesDirectory, "drop");
        Directory.CreateDirectory(drop);
        var dropped = $"{Guid.NewGuid():N}_{corrected.FileName}";
        await File.WriteAllBytesAsync(Path.Combine(drop, dropped), corrected.ToBytes());
        var watcher = gateway.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<DropFolderWatcher>().Single();
        await watcher.PollAsync(CancellationToken.None);

        foreach (var refused in new[] { run, upload })
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, "day_closed", "business_day");
            Assert.Equal(Iso(day), problem.Str("closed_day"));
            Assert.Contains(Iso(day), problem.Str("detail"), StringComparison.Ordinal);
        }

        Assert.Equal(1, cliExit);
        Assert.Contains("not run", cli.ToString(), StringComparison.Ordinal);
        Assert.True(Logged(7111) > skippedBefore, "the nightly and the other refused runs are logged as skipped");
        var refusal = Assert.Single(Directory.GetFiles(Path.Combine(drop, "refused"), "*" + dropped + ".refused.txt"));
        Assert.Contains("closed", await File.ReadAllTextAsync(refusal), StringComparison.Ordinal);
        Assert.Equal(runsBefore, await RunIdsAsync(accountant, frozen));
        Assert.Equal(filesBefore, await FileIdsAsync(accountant, frozen));
    }

    /// <summary>Runs this test's day over a ZaloPay report of one payment unknown to the gateway and resolves its exception: a day ready to close.</summary>
    private async Task<string> ReconciledDayAsync(TreasurySession accountant)
    {
        var report = ZaloPayReport.For(day).Payment(Txn(day, 1), Reference(day, 1), 95_000, 950);
        using (var upload = await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        await accountant.RunDayAsync(day);
        var exception = Assert.Single(await accountant.ExceptionsAsync($"business_day={Iso(day)}")).Str("id");
        using var resolve = await accountant.PostAsync($"/v1/reconciliation/exceptions/{exception}/resolve", new { note = "a test charge ZaloPay confirmed" });
        Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        return exception;
    }

    /// <summary>Every grouping's screen totals, CSV TOTAL line and XLSX totals row equal the closure's figures, from the closed run.</summary>
    private static async Task AssertReportEqualsClosureAsync(TreasurySession accountant, DateOnly closedDay, string grouping, JsonElement closure)
    {
        var json = await accountant.Client.GetJsonAsync($"/v1/reconciliation/reports/{Iso(closedDay)}?group_by={grouping}");
        Assert.Equal(closure.Str("run_id"), json.Str("run_id"));
        var csv = await ReportDownloads.CsvAsync(accountant.Client, closedDay, grouping);
        var sheet = await ReportDownloads.XlsxAsync(accountant.Client, closedDay, grouping);
        var figures = closure.GetProperty("totals");
        foreach (var column in json.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).Where(c => json.GetProperty("totals").TryGetProperty(c, out _)))
        {
            var expected = figures.GetProperty(column).GetInt64();
            Assert.Equal(expected, json.GetProperty("totals").GetProperty(column).GetInt64());
            Assert.Equal(expected, ReportDownloads.CsvTotal(csv, column));
            Assert.Equal(expected, ReportDownloads.XlsxTotal(sheet, column));
        }
    }

    private static Task<HttpResponseMessage> CloseAsync(TreasurySession session, DateOnly closing) => CloseAsync(session, Iso(closing));

    private static Task<HttpResponseMessage> CloseAsync(TreasurySession session, string closing) => session.PostAsync($"/v1/reconciliation/days/{closing}/close");

    private static Task<JsonElement> DayAsync(TreasurySession session, DateOnly of) => session.Client.GetJsonAsync($"/v1/reconciliation/days/{Iso(of)}");

    private static async Task<List<string>> RunIdsAsync(TreasurySession session, DateOnly of) =>
        (await session.Client.GetJsonAsync($"/v1/reconciliation/runs?business_day={Iso(of)}")).GetProperty("data").EnumerateArray().Select(r => r.Str("id")).Order().ToList();

    private static async Task<List<string>> FileIdsAsync(TreasurySession session, DateOnly of) =>
        (await session.Client.GetJsonAsync($"/v1/reconciliation/files?business_day={Iso(of)}")).GetProperty("data").EnumerateArray().Select(f => f.Str("id")).Order().ToList();

    /// <summary>How many records of a ReconciliationLog event: 7111 a run of a closed day skipped, 7112 a re-run stopped at a closed day.</summary>
    private int Logged(int eventId) => gateway.Logs.GetSnapshot().Count(r => r.Id.Id == eventId);

    private static string Txn(DateOnly of, int n) => string.Create(CultureInfo.InvariantCulture, $"{of:yyMMdd}{n:D9}");

    private static string Reference(DateOnly of, int n) => string.Create(CultureInfo.InvariantCulture, $"{of:yyMMdd}_01K7E0B00000{n:D2}ZZTEST01");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(DayCloseSqliteCollection.Name)]
public sealed class DayCloseTestsOnSqlite(SqliteGatewayFixture gateway) : DayCloseTests(gateway);

[Collection(DayClosePostgresCollection.Name)]
public sealed class DayCloseTestsOnPostgres(PostgresGatewayFixture gateway) : DayCloseTests(gateway);
