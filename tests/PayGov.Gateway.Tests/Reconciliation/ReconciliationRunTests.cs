using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Reconciliation;

/// <summary>
/// Stored runs over uploaded files: idempotent per day, superseded by corrected files with the old run kept, the
/// queue's statuses carried over, and the four-eyes resolution (see the subclasses for the databases). Each test works
/// on a business day of its own, which no payment of the fixture falls on, so its gateway ledger is empty.
/// </summary>
public abstract class ReconciliationRunTests(GatewayFixture gateway)
{
    private static int nextDay;

    private readonly DateOnly day = new DateOnly(2026, 1, 1).AddDays(Interlocked.Increment(ref nextDay));

    [Fact]
    public async Task An_uploaded_report_is_stored_once_and_the_same_bytes_again_change_nothing()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var report = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950);

        using var first = await accountant.UploadAsync(report.FileName, report.ToBytes());
        using var second = await accountant.UploadAsync("renamed.csv", report.ToBytes());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var stored = await first.JsonAsync();
        Assert.Equal(stored.Str("id"), (await second.JsonAsync()).Str("id"));
        Assert.Equal("zalopay", stored.Str("source"));
        Assert.Equal(Iso(day), stored.Str("business_day"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(report.ToBytes())), stored.Str("sha256"));
        var files = await accountant.Client.GetJsonAsync($"/v1/reconciliation/files?business_day={Iso(day)}");
        Assert.Single(files.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task A_malformed_file_is_refused_whole_with_its_line_and_field_and_nothing_is_stored()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var text = System.Text.Encoding.UTF8.GetString(ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950).Payment(Txn(2), Reference(2), 20_000, 200).ToBytes());
        var broken = text.Replace("|20000|200|19800|", "|20000|200|19000|", StringComparison.Ordinal);

        using var response = await accountant.UploadAsync($"zalopay_{day:yyyyMMdd}.csv", System.Text.Encoding.UTF8.GetBytes(broken));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "file_malformed");
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Equal($"zalopay_{day:yyyyMMdd}.csv", problem.Str("file"));
        Assert.False(string.IsNullOrEmpty(problem.Str("field")));
        var files = await accountant.Client.GetJsonAsync($"/v1/reconciliation/files?business_day={Iso(day)}");
        Assert.Empty(files.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task An_upload_that_is_no_known_format_is_a_problem()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);

        using var unknown = await accountant.UploadAsync("notes.txt", "hello, treasury"u8.ToArray());
        using var wrongKind = await accountant.UploadAsync("x.csv", ZaloPayReport.For(day).ToBytes(), new Dictionary<string, string> { ["kind"] = "vnpay" });
        using var badField = await accountant.UploadAsync("x.csv", ZaloPayReport.For(day).ToBytes(), new Dictionary<string, string> { ["colour"] = "red" });

        await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, "file_kind_unknown");
        await wrongKind.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "file_malformed");
        await badField.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_unknown", "colour");
    }

    [Fact]
    public async Task Running_a_day_twice_answers_the_same_run_and_raises_no_exception_twice()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var report = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950).Payment(Txn(2), Reference(2), 20_000, 200);
        using (var upload = await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var first = await accountant.RunDayAsync(day);
        var second = await accountant.RunDayAsync(day);

        Assert.Equal(first.Str("id"), second.Str("id"));
        Assert.False(first.GetProperty("reused").GetBoolean());
        Assert.True(second.GetProperty("reused").GetBoolean());
        Assert.Equal("succeeded", first.Str("status"));
        var exceptions = await accountant.ExceptionsAsync($"business_day={Iso(day)}");
        Assert.Equal(2, exceptions.Count);
        Assert.All(exceptions, e => Assert.Equal("missing_at_gateway", e.Str("type")));
        Assert.Equal(2, first.GetProperty("exception_count").GetInt32());
        var runs = await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs?business_day={Iso(day)}");
        Assert.Single(runs.GetProperty("data").EnumerateArray());
    }

    [Fact]
    public async Task A_corrected_file_supersedes_the_run_keeps_the_old_one_and_carries_resolved_statuses()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var original = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950).Payment(Txn(2), Reference(2), 20_000, 200).Payment(Txn(3), Reference(3), 30_000, 300);
        using (await accountant.UploadAsync(original.FileName, original.ToBytes()))
        {
        }

        var first = await accountant.RunDayAsync(day);
        var before = (await accountant.ExceptionsAsync($"business_day={Iso(day)}")).ToDictionary(e => e.Str("ref"));
        using (var resolve = await accountant.PostAsync($"/v1/reconciliation/exceptions/{before[Txn(1)].Str("id")}/resolve", new { note = "ZaloPay confirmed a test charge", resolution_code = "accepted_as_is" }))
        {
            Assert.Equal(HttpStatusCode.OK, resolve.StatusCode);
        }

        using (await accountant.PostAsync($"/v1/reconciliation/exceptions/{before[Txn(2)].Str("id")}/resolve", new { note = "looked at it" }))
        {
        }

        // ZaloPay's corrected file: line 1 unchanged, line 2 with another amount, line 3 gone.
        var corrected = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950).Payment(Txn(2), Reference(2), 25_000, 250);
        using var upload = await accountant.UploadAsync(corrected.FileName, corrected.ToBytes());

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var rerun = (await upload.JsonAsync()).GetProperty("run");
        Assert.Equal("upload", rerun.Str("trigger"));
        Assert.NotEqual(first.Str("id"), rerun.Str("id"));
        var old = await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs/{first.Str("id")}");
        Assert.Equal(rerun.Str("id"), old.Str("superseded_by_id"));
        Assert.False(old.GetProperty("current").GetBoolean());
        var after = (await accountant.ExceptionsAsync($"business_day={Iso(day)}")).ToDictionary(e => e.Str("ref"));
        Assert.Equal(before[Txn(1)].Str("id"), after[Txn(1)].Str("id"));
        Assert.Equal("resolved", after[Txn(1)].Str("status"));
        Assert.Equal("open", after[Txn(2)].Str("status"));
        Assert.Equal(25_000, after[Txn(2)].GetProperty("observed_amount").GetInt64());
        Assert.Equal("superseded", after[Txn(3)].Str("status"));
        var files = await accountant.Client.GetJsonAsync($"/v1/reconciliation/files?business_day={Iso(day)}");
        var zalopay = files.GetProperty("data").EnumerateArray().Where(f => f.Str("source") == "zalopay").ToList();
        Assert.Equal(2, zalopay.Count);
        Assert.Single(zalopay, f => !f.GetProperty("current").GetBoolean() && f.Str("superseded_by") == accountant.Username);
        var reopened = await accountant.Client.GetJsonAsync($"/v1/reconciliation/exceptions/{after[Txn(2)].Str("id")}");
        Assert.Equal(["raised", "resolved", "reopened"], reopened.GetProperty("actions").EnumerateArray().Select(a => a.Str("action")).ToArray());
    }

    [Fact]
    public async Task A_corrected_file_for_a_day_re_runs_the_later_days_already_run_because_pending_items_flow_forward()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        // A later day of this test's own, within the reference lookback (35 days) of its first day.
        var later = day.AddDays(30);
        var first = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950);
        var second = ZaloPayReport.For(later).Payment(Txn(2), Reference(2), 20_000, 200);
        using (await accountant.UploadAsync(first.FileName, first.ToBytes()))
        using (await accountant.UploadAsync(second.FileName, second.ToBytes()))
        {
        }

        await accountant.RunDayAsync(day);
        var laterRun = await accountant.RunDayAsync(later);
        var corrected = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 96_000, 960);
        using var upload = await accountant.UploadAsync(corrected.FileName, corrected.ToBytes());

        var rerun = (await upload.JsonAsync()).GetProperty("run");
        var laterRuns = (await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs?business_day={Iso(later)}")).GetProperty("data").EnumerateArray().ToList();
        var current = Assert.Single(laterRuns, r => r.GetProperty("current").GetBoolean());
        Assert.Equal(rerun.Str("id"), current.Str("caused_by_run_id"));
        Assert.Equal(current.Str("id"), laterRuns.Single(r => r.Str("id") == laterRun.Str("id")).Str("superseded_by_id"));
    }

    [Fact]
    public async Task A_resolution_above_the_threshold_waits_for_another_supervisor_and_every_step_is_audited()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        var report = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 20_000_000, 200_000).Payment(Txn(2), Reference(2), 50_000, 500);
        using (await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
        }

        await accountant.RunDayAsync(day);
        var exceptions = (await accountant.ExceptionsAsync($"business_day={Iso(day)}")).ToDictionary(e => e.Str("ref"));
        var big = exceptions[Txn(1)].Str("id");
        var small = exceptions[Txn(2)].Str("id");

        using var unnoted = await accountant.PostAsync($"/v1/reconciliation/exceptions/{big}/resolve", new { resolution_code = "other" });
        using var resolveBig = await accountant.PostAsync($"/v1/reconciliation/exceptions/{big}/resolve", new { note = "tra soát opened with ZaloPay", resolution_code = "bank_inquiry_opened" });
        using var resolveSmall = await accountant.PostAsync($"/v1/reconciliation/exceptions/{small}/resolve", new { note = "small, accepted" });
        using var accountantApproves = await accountant.PostAsync($"/v1/reconciliation/exceptions/{big}/approve", new { note = "me" });
        using var approve = await supervisor.PostAsync($"/v1/reconciliation/exceptions/{big}/approve", new { note = "checked the inquiry" });
        using var twice = await supervisor.PostAsync($"/v1/reconciliation/exceptions/{big}/approve");

        await unnoted.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_missing", "note");
        Assert.Equal("pending_approval", (await resolveBig.JsonAsync()).Str("status"));
        Assert.Equal("resolved", (await resolveSmall.JsonAsync()).Str("status"));
        await accountantApproves.AssertProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
        await twice.AssertProblemAsync(HttpStatusCode.Conflict, "exception_not_open");
        var trail = await accountant.Client.GetJsonAsync($"/v1/reconciliation/exceptions/{big}");
        Assert.Equal("resolved", trail.Str("status"));
        Assert.Equal(supervisor.Username, trail.Str("approved_by"));
        var actions = trail.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["raised", "resolution_requested", "approved"], actions.Select(a => a.Str("action")).ToArray());
        Assert.Equal(["system", accountant.Username, supervisor.Username], actions.Select(a => a.Str("actor")).ToArray());
        Assert.Equal(["system", "accountant", "supervisor"], actions.Select(a => a.Str("actor_role")).ToArray());
        Assert.Equal("tra soát opened with ZaloPay", actions[1].Str("note"));
        Assert.All(actions, a => Assert.Equal(JsonValueKind.String, a.GetProperty("at").ValueKind));
    }

    [Fact]
    public async Task A_supervisor_cannot_approve_their_own_resolution()
    {
        using var supervisor = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);
        var report = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 12_000_000, 120_000);
        using (await supervisor.UploadAsync(report.FileName, report.ToBytes()))
        {
        }

        await supervisor.RunDayAsync(day);
        var id = (await supervisor.ExceptionsAsync($"business_day={Iso(day)}")).Single().Str("id");
        using (await supervisor.PostAsync($"/v1/reconciliation/exceptions/{id}/resolve", new { note = "mine" }))
        {
        }

        using var own = await supervisor.PostAsync($"/v1/reconciliation/exceptions/{id}/approve");

        await own.AssertProblemAsync(HttpStatusCode.Forbidden, "approval_not_allowed");
    }

    [Fact]
    public async Task Bad_input_to_the_queue_and_runs_is_a_problem()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);

        using var future = await accountant.PostAsync("/v1/reconciliation/runs", new { business_day = "2099-01-01" });
        using var notADay = await accountant.PostAsync("/v1/reconciliation/runs", new { business_day = "14/10/2025" });
        using var unknownType = await accountant.Client.GetAsync("/v1/reconciliation/exceptions?type=everything");
        using var unknownParam = await accountant.Client.GetAsync("/v1/reconciliation/exceptions?colour=red");
        using var missing = await accountant.Client.GetAsync("/v1/reconciliation/exceptions/rx_00000000000000000000000000");
        using var noRun = await accountant.Client.GetAsync($"/v1/reconciliation/reports/{Iso(day)}?group_by=portal");

        await future.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_invalid", "business_day");
        await notADay.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_invalid", "business_day");
        await unknownType.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_invalid", "type");
        await unknownParam.AssertProblemAsync(HttpStatusCode.BadRequest, "parameter_unknown", "colour");
        await missing.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing");
        await noRun.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing");
    }

    [Fact]
    public async Task The_drop_folder_takes_in_good_files_and_moves_refused_ones_aside_with_the_reason()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var drop = Path.Combine(gateway.FilesDirectory, "drop");
        Directory.CreateDirectory(drop);
        var good = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950);
        var goodName = $"{Guid.NewGuid():N}_{good.FileName}";
        await File.WriteAllBytesAsync(Path.Combine(drop, goodName), good.ToBytes());
        var badName = $"{Guid.NewGuid():N}_zalopay_{day:yyyyMMdd}.csv";
        await File.WriteAllTextAsync(Path.Combine(drop, badName), "H|9999|not-a-day|0|1\n");
        await File.WriteAllTextAsync(Path.Combine(drop, badName + ".part"), "still being written");
        var watcher = gateway.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<PayGov.Gateway.Reconciliation.DropFolderWatcher>().Single();

        await watcher.PollAsync(CancellationToken.None);

        var files = await accountant.Client.GetJsonAsync($"/v1/reconciliation/files?business_day={Iso(day)}");
        var stored = Assert.Single(files.GetProperty("data").EnumerateArray());
        Assert.Equal("drop_folder", stored.Str("origin"));
        Assert.Single(Directory.GetFiles(Path.Combine(drop, "processed"), "*" + goodName));
        Assert.Single(Directory.GetFiles(Path.Combine(drop, "refused"), "*" + badName));
        Assert.Single(Directory.GetFiles(Path.Combine(drop, "refused"), "*" + badName + ".refused.txt"));
        Assert.True(File.Exists(Path.Combine(drop, badName + ".part")));
        Assert.False(File.Exists(Path.Combine(drop, goodName)));
    }

    [Fact]
    public async Task The_operator_runs_a_day_from_the_command_line_with_the_same_idempotence()
    {
        using var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var report = ZaloPayReport.For(day).Payment(Txn(1), Reference(1), 95_000, 950);
        using (await accountant.UploadAsync(report.FileName, report.ToBytes()))
        {
        }

        using var first = new StringWriter();
        using var second = new StringWriter();
        var firstExit = await PayGov.Gateway.Cli.GatewayCli.RunAsync(gateway.Services, ["reconcile-day", Iso(day)], first, CancellationToken.None);
        var secondExit = await PayGov.Gateway.Cli.GatewayCli.RunAsync(gateway.Services, ["reconcile-day", Iso(day)], second, CancellationToken.None);

        Assert.Equal(0, firstExit);
        Assert.Equal(0, secondExit);
        Assert.Contains("existing run", second.ToString(), StringComparison.Ordinal);
        var run = Assert.Single((await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs?business_day={Iso(day)}")).GetProperty("data").EnumerateArray());
        Assert.Equal("cli", run.Str("trigger"));
        Assert.Equal("cli", run.Str("triggered_by"));
    }

    private string Txn(int n) => string.Create(CultureInfo.InvariantCulture, $"{day:yyMMdd}{n:D9}");

    private string Reference(int n) => string.Create(CultureInfo.InvariantCulture, $"{day:yyMMdd}_01K7E0B00000{n:D2}ZZTEST01");

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[Collection(ReconciliationSqliteCollection.Name)]
public sealed class ReconciliationRunTestsOnSqlite(SqliteGatewayFixture gateway) : ReconciliationRunTests(gateway);

[Collection(ReconciliationPostgresCollection.Name)]
public sealed class ReconciliationRunTestsOnPostgres(PostgresGatewayFixture gateway) : ReconciliationRunTests(gateway);
