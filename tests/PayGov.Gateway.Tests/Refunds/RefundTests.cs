using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Refunds;
using PayGov.Gateway.Sandbox;
using PayGov.Gateway.Storage;
using PayGov.Providers;

namespace PayGov.Gateway.Tests.Refunds;

/// <summary>
/// Refunds end to end over HTTP: intents paid through the in-process MoMo and ZaloPay sandboxes, refunded through
/// the same sandboxes' refund APIs, with the reservation on the intent, the events, and the settling job.
/// </summary>
public abstract class RefundTests(GatewayFixture gateway)
{
    [Fact]
    public async Task A_refund_without_amount_refunds_the_whole_payment_and_says_so_in_events()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");

        using var response = await client.CreateRefundAsync(intentId, reason: "Hồ sơ bị từ chối");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var refund = await response.JsonAsync();
        var id = refund.Str("id");
        Assert.StartsWith("re_", id, StringComparison.Ordinal);
        Assert.Equal($"/v1/refunds/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("refund", refund.Str("object"));
        Assert.Equal("succeeded", refund.Str("status"));
        Assert.Equal(150_000, refund.GetProperty("amount").GetInt64());
        Assert.Equal("VND", refund.Str("currency"));
        Assert.Equal(intentId, refund.Str("payment_intent"));
        Assert.Equal(await PaidAttemptIdAsync(intentId), refund.Str("payment_attempt"));
        Assert.Equal(portalId, refund.Str("portal_id"));
        Assert.Equal("portal", refund.Str("origin"));
        Assert.Equal("momo", refund.Str("provider"));
        Assert.Equal("Hồ sơ bị từ chối", refund.Str("reason"));
        Assert.NotNull(refund.GetProperty("provider_refund_id").GetString());
        Assert.Equal(JsonValueKind.String, refund.GetProperty("completed_at").ValueKind);
        Assert.Equal(2, refund.GetProperty("sequence").GetInt32());

        var intent = await client.GetJsonAsync($"/v1/payment_intents/{intentId}");
        Assert.Equal("succeeded", intent.Str("status"));
        Assert.Equal(150_000, intent.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(4, intent.GetProperty("sequence").GetInt32());
        Assert.Equal(["refund.created", "refund.succeeded"], await client.EventTypesOfAsync(id));
        Assert.Equal(
            ["payment_intent.created", "payment_intent.processing", "payment_intent.succeeded", "payment_intent.amount_refunded_updated"],
            await client.EventTypesOfAsync(intentId));
        var changed = (await client.GetJsonAsync($"/v1/events?object_id={intentId}&type=payment_intent.amount_refunded_updated")).GetProperty("data")[0];
        Assert.Equal(150_000, changed.GetProperty("data").GetProperty("object").GetProperty("amount_refunded").GetInt64());
        Assert.Equal(4, changed.GetProperty("data").GetProperty("sequence").GetInt32());
        Assert.Equal(id, (await client.GetJsonAsync($"/v1/refunds/{id}")).Str("id"));
    }

    [Fact]
    public async Task Refund_events_reach_the_webhook_endpoints_that_asked_for_them()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");
        var endpoint = new JsonObject
        {
            ["url"] = receiver.Url.ToString(),
            ["enabled_events"] = new JsonArray("refund.succeeded", "payment_intent.amount_refunded_updated"),
        };
        using (var created = await client.PostRawAsync("/v1/webhook_endpoints", endpoint.ToJsonString(), null))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var refund = await client.CreateRefundOkAsync(intentId, 25_000);

        await Eventually.TrueAsync(() => Task.FromResult(receiver.Received.Count >= 2), "both webhooks arrive");
        var byType = receiver.Received.ToDictionary(w => w.Json.Str("type"), w => w.Json.GetProperty("data"));
        Assert.Equal(2, byType.Count);
        Assert.Equal(refund.Str("id"), byType["refund.succeeded"].GetProperty("object").Str("id"));
        Assert.Equal("succeeded", byType["refund.succeeded"].GetProperty("object").Str("status"));
        Assert.Equal(2, byType["refund.succeeded"].GetProperty("sequence").GetInt32());
        Assert.Equal(25_000, byType["payment_intent.amount_refunded_updated"].GetProperty("object").GetProperty("amount_refunded").GetInt64());
    }

    [Fact]
    public async Task Two_partial_refunds_may_take_the_whole_amount_and_a_third_is_refused_with_nothing_stored()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");

        var first = await client.CreateRefundOkAsync(intentId, 50_000);
        var second = await client.CreateRefundOkAsync(intentId, 100_000);
        var before = await StoredAsync(portalId);
        using var third = await client.CreateRefundAsync(intentId, 1_000, "third-refund");
        using var full = await client.CreateRefundAsync(intentId);

        Assert.Equal("succeeded", first.Str("status"));
        Assert.Equal("succeeded", second.Str("status"));
        await third.AssertProblemAsync(HttpStatusCode.BadRequest, "amount_exceeds_refundable", "amount");
        await full.AssertProblemAsync(HttpStatusCode.BadRequest, "amount_exceeds_refundable", "amount");
        Assert.Equal(before, await StoredAsync(portalId));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.IdempotencyRecords.CountAsync(r => r.PortalId == portalId && r.Key == "third-refund")));
        var intent = await client.GetJsonAsync($"/v1/payment_intents/{intentId}");
        Assert.Equal(150_000, intent.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(5, intent.GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task Refunding_more_than_was_paid_is_refused_with_nothing_stored()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");
        var before = await StoredAsync(portalId);

        using var response = await client.CreateRefundAsync(intentId, 150_001);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "amount_exceeds_refundable", "amount");
        Assert.Equal(before, await StoredAsync(portalId));
        Assert.Equal(0, (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());
    }

    [Fact]
    public async Task An_intent_that_is_not_succeeded_cannot_be_refunded()
    {
        var (portalId, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var unpaid = (await client.CreateIntentOkAsync()).Str("id");
        var canceled = (await client.CreateIntentOkAsync()).Str("id");
        using (var cancel = await client.PostRawAsync($"/v1/payment_intents/{canceled}/cancel", null, null))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        var before = await StoredAsync(portalId);
        using var ofUnpaid = await client.CreateRefundAsync(unpaid);
        using var ofCanceled = await client.CreateRefundAsync(canceled, 1_000);

        await ofUnpaid.AssertProblemAsync(HttpStatusCode.Conflict, "invalid_state_transition", "payment_intent");
        await ofCanceled.AssertProblemAsync(HttpStatusCode.Conflict, "invalid_state_transition", "payment_intent");
        Assert.Equal(before, await StoredAsync(portalId));
    }

    [Fact]
    public async Task Concurrent_partial_refunds_never_add_up_to_more_than_was_paid()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");

        // Ten refunds of 20,000 đồng against 150,000 paid: exactly seven fit, whoever wins each race.
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.CreateRefundAsync(intentId, 20_000)));

        try
        {
            Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
            foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            {
                await refused.AssertProblemAsync(HttpStatusCode.BadRequest, "amount_exceeds_refundable", "amount");
            }

            foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
            {
                Assert.Equal("succeeded", (await created.JsonAsync()).Str("status"));
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }

        var intent = await client.GetJsonAsync($"/v1/payment_intents/{intentId}");
        Assert.Equal(140_000, intent.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(3 + 7, intent.GetProperty("sequence").GetInt32());
        Assert.Equal(7, await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.IntentId == intentId && r.Status == RefundStatus.Succeeded)));
        Assert.Equal(7, (await client.EventTypesOfAsync(intentId)).Count(t => t == "payment_intent.amount_refunded_updated"));
    }

    [Fact]
    public async Task The_same_idempotency_key_replays_the_first_refund_and_refuses_another_body()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");

        using var first = await client.CreateRefundAsync(intentId, 10_000, "refund-dossier-1");
        using var again = await client.CreateRefundAsync(intentId, 10_000, "refund-dossier-1");
        using var other = await client.CreateRefundAsync(intentId, 20_000, "refund-dossier-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal("true", again.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal((await first.JsonAsync()).Str("id"), (await again.JsonAsync()).Str("id"));
        await other.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "idempotency_key_reused", "Idempotency-Key");
        Assert.Equal(1, await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.IntentId == intentId)));
        Assert.Equal(10_000, (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());
    }

    [Fact]
    public async Task A_portal_sees_only_its_own_refunds()
    {
        var (_, ownerKey) = await gateway.CreatePortalAsync();
        var (otherPortalId, otherKey) = await gateway.CreatePortalAsync();
        using var owner = gateway.CreateClient(ownerKey);
        using var other = gateway.CreateClient(otherKey);
        var intentId = await owner.PaidIntentAsync("momo");
        var refundId = (await owner.CreateRefundOkAsync(intentId, 10_000)).Str("id");

        using var read = await other.GetAsync($"/v1/refunds/{refundId}");
        using var create = await other.CreateRefundAsync(intentId, 1_000);
        var listed = await other.GetJsonAsync("/v1/refunds");

        await read.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing", "id");
        await create.AssertProblemAsync(HttpStatusCode.NotFound, "resource_missing", "payment_intent");
        Assert.Empty(listed.GetProperty("data").EnumerateArray());
        Assert.Equal((0, 0), await StoredAsync(otherPortalId));
        Assert.Equal(10_000, (await owner.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());
    }

    [Fact]
    public async Task Refunds_list_newest_first_in_cursor_pages_filtered_by_payment_intent()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");
        var otherIntentId = await client.PaidIntentAsync("momo");
        var ids = new List<string>();
        foreach (var amount in new long[] { 1_000, 2_000, 3_000 })
        {
            // Ids order by creation time; the test clock stands still unless moved.
            gateway.Time.Advance(TimeSpan.FromMilliseconds(1));
            ids.Add((await client.CreateRefundOkAsync(intentId, amount)).Str("id"));
        }

        gateway.Time.Advance(TimeSpan.FromMilliseconds(1));
        var otherRefund = (await client.CreateRefundOkAsync(otherIntentId, 1_000)).Str("id");

        var firstPage = await client.GetJsonAsync($"/v1/refunds?payment_intent={intentId}&limit=2");
        var secondPage = await client.GetJsonAsync($"/v1/refunds?payment_intent={intentId}&limit=2&starting_after={firstPage.GetProperty("data")[1].Str("id")}");
        var all = await client.GetJsonAsync("/v1/refunds");

        Assert.Equal([ids[2], ids[1]], firstPage.GetProperty("data").EnumerateArray().Select(r => r.Str("id")));
        Assert.True(firstPage.GetProperty("has_more").GetBoolean());
        Assert.Equal([ids[0]], secondPage.GetProperty("data").EnumerateArray().Select(r => r.Str("id")));
        Assert.False(secondPage.GetProperty("has_more").GetBoolean());
        Assert.Equal([otherRefund, ids[2], ids[1], ids[0]], all.GetProperty("data").EnumerateArray().Select(r => r.Str("id")));
    }

    [Fact]
    public async Task A_ZaloPay_refund_is_pending_until_the_settling_job_asks_and_ZaloPay_says_refunded()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("zalopay");

        var refund = await client.CreateRefundOkAsync(intentId, 40_000);
        var id = refund.Str("id");
        await RunSettlingJobAfterAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("pending", refund.Str("status"));
        Assert.Equal(40_000, (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());
        var settled = await client.GetJsonAsync($"/v1/refunds/{id}");
        Assert.Equal("succeeded", settled.Str("status"));
        Assert.Equal(["refund.created", "refund.succeeded"], await client.EventTypesOfAsync(id));
        Assert.Equal(40_000, (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());

        // The refund's name at ZaloPay was stored when it was made: the m_refund_id ZaloPay's report lists it by,
        // which the gateway ledger writes as it is.
        var atProvider = await gateway.WithDbAsync(db => db.Refunds.Where(r => r.Id == id).Select(r => r.ReferenceAtProvider).SingleAsync());
        var report = await client.GetStringAsync($"/sandbox/zalopay/settlements/{NightlyRuns.LocalDay(gateway):yyyy-MM-dd}");
        Assert.Contains(report.Split('\n'), line => line.Split('|') is ["D", _, _, var refundId, "2", ..] && refundId == atProvider);
    }

    [Fact]
    public async Task A_MoMo_refund_answered_5xx_stays_pending_and_the_job_sends_it_again_under_the_same_reference()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("momo");

        var refund = await gateway.WithSandboxFaultsAsync("momo", new JsonObject { ["status_5xx"] = true }, () => client.CreateRefundOkAsync(intentId, 30_000));

        var id = refund.Str("id");
        var reference = await gateway.WithDbAsync(db => db.Refunds.Where(r => r.Id == id).Select(r => r.Reference).SingleAsync());
        await RunSettlingJobAfterAsync(TimeSpan.FromMinutes(1));

        // A 5xx may come after the provider acted: the amount stays reserved until MoMo's own list of refunds says.
        Assert.Equal("pending", refund.Str("status"));
        var settled = await client.GetJsonAsync($"/v1/refunds/{id}");
        Assert.Equal("succeeded", settled.Str("status"));
        Assert.Equal(reference, await gateway.WithDbAsync(db => db.Refunds.Where(r => r.Id == id).Select(r => r.Reference).SingleAsync()));
        Assert.Equal(30_000, (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());
        Assert.Equal(["refund.created", "refund.succeeded"], await client.EventTypesOfAsync(id));
    }

    [Fact]
    public async Task A_ZaloPay_refund_answered_5xx_fails_when_ZaloPay_has_none_and_gives_its_amount_back()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("zalopay");

        var refund = await gateway.WithSandboxFaultsAsync("zalopay", new JsonObject { ["status_5xx"] = true }, () => client.CreateRefundOkAsync(intentId));

        var reserved = (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64();
        await RunSettlingJobAfterAsync(TimeSpan.FromMinutes(1));

        Assert.Equal("pending", refund.Str("status"));
        Assert.Equal(150_000, reserved);
        var settled = await client.GetJsonAsync($"/v1/refunds/{refund.Str("id")}");
        Assert.Equal("failed", settled.Str("status"));
        Assert.Equal("provider_declined", settled.Str("failure_code"));
        var intent = await client.GetJsonAsync($"/v1/payment_intents/{intentId}");
        Assert.Equal(0, intent.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(5, intent.GetProperty("sequence").GetInt32());
        Assert.Equal(["refund.created", "refund.failed"], await client.EventTypesOfAsync(refund.Str("id")));
        Assert.Equal(2, (await client.EventTypesOfAsync(intentId)).Count(t => t == "payment_intent.amount_refunded_updated"));

        // The amount given back may be refunded again.
        await client.CreateRefundOkAsync(intentId);
    }

    [Fact]
    public async Task Settlers_on_several_nodes_racing_on_one_refund_fail_it_once_and_give_its_amount_back_once()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = await client.PaidIntentAsync("zalopay");
        var id = (await gateway.WithSandboxFaultsAsync("zalopay", new JsonObject { ["status_5xx"] = true }, () => client.CreateRefundOkAsync(intentId))).Str("id");
        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        var pending = await gateway.WithDbAsync(db => db.Refunds.AsNoTracking().SingleAsync(r => r.Id == id));

        // Eight nodes' settlers (and the host's own job, woken by the clock) record the same answer at once.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var scope = gateway.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RefundService>().SettleAsync(pending, CancellationToken.None);
        })));

        Assert.Equal("failed", (await client.GetJsonAsync($"/v1/refunds/{id}")).Str("status"));
        Assert.Equal(["refund.created", "refund.failed"], await client.EventTypesOfAsync(id));
        Assert.Equal(0, (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());
        Assert.Equal(2, (await client.EventTypesOfAsync(intentId)).Count(t => t == "payment_intent.amount_refunded_updated"));
    }

    [Fact]
    public async Task A_payment_after_cancel_is_refunded_automatically_without_touching_the_intent()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var (intentId, attempt) = await CanceledWithUnpaidMoMoAttemptAsync(client);

        await PayAtSandboxAsync("momo", attempt.ProviderReference);
        var refund = await AutomaticRefundOfAsync(client, intentId, "succeeded");

        Assert.Equal(attempt.Id, refund.Str("payment_attempt"));
        Assert.Equal("automatic", refund.Str("origin"));
        Assert.Equal("late_payment", refund.Str("reason"));
        Assert.Equal(150_000, refund.GetProperty("amount").GetInt64());
        var intent = await client.GetJsonAsync($"/v1/payment_intents/{intentId}");
        Assert.Equal("canceled", intent.Str("status"));
        Assert.Equal(0, intent.GetProperty("amount_refunded").GetInt64());
        Assert.Equal(["payment_intent.created", "payment_intent.processing", "payment_intent.canceled"], await client.EventTypesOfAsync(intentId));
        Assert.Equal(["refund.created", "refund.succeeded"], await client.EventTypesOfAsync(refund.Str("id")));
        var paid = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.Id == attempt.Id));
        Assert.Equal(PaymentAttemptStatus.Succeeded, paid.Status);
        Assert.Equal(PaymentAnomalies.LatePayment, paid.Anomaly);
    }

    [Fact]
    public async Task A_second_payment_of_a_paid_intent_is_refunded_automatically_and_the_first_stays_refundable()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var intentId = (await client.CreateIntentOkAsync()).Str("id");
        var abandoned = await StartUnpaidAttemptAsync(intentId, ProviderId.MoMo);
        using (var paid = await client.SimulateAsync(intentId, "zalopay", "succeeded"))
        {
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        }

        await client.StatusBecomesAsync(intentId, "succeeded");
        await PayAtSandboxAsync("momo", abandoned.ProviderReference);
        var refund = await AutomaticRefundOfAsync(client, intentId, "succeeded");

        Assert.Equal(abandoned.Id, refund.Str("payment_attempt"));
        Assert.Equal("double_payment", refund.Str("reason"));
        Assert.Equal("momo", refund.Str("provider"));
        Assert.Equal(0, (await client.GetJsonAsync($"/v1/payment_intents/{intentId}")).GetProperty("amount_refunded").GetInt64());
        var portalRefund = await client.CreateRefundOkAsync(intentId, 50_000);
        Assert.Equal("zalopay", portalRefund.Str("provider"));
        Assert.NotEqual(abandoned.Id, portalRefund.Str("payment_attempt"));
    }

    [Fact]
    public async Task A_late_payment_whose_refund_could_not_be_stored_is_refunded_by_the_anomaly_sweep()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var (intentId, attempt) = await CanceledWithUnpaidMoMoAttemptAsync(client);

        var sweep = gateway.Services.GetRequiredService<AnomalyRefundJob>();
        await using (await RefundsUnwritableAsync())
        {
            await PayAtSandboxAsync("momo", attempt.ProviderReference);
            await Eventually.TrueAsync(
                () => Task.FromResult(gateway.Logs.GetSnapshot().Any(r => r.Id.Id == 1506 && r.Message.Contains(attempt.Id, StringComparison.Ordinal))),
                "the callback records the late payment and defers its refund");
        }

        // Within its grace the anomaly is the callback's own; then the sweep refunds it.
        await sweep.RunOnceAsync(CancellationToken.None);
        var late = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.Id == attempt.Id));
        Assert.Equal((PaymentAttemptStatus.Succeeded, PaymentAnomalies.LatePayment), (late.Status, late.Anomaly));
        Assert.Equal(0, await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.AttemptId == attempt.Id)));
        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        await sweep.RunOnceAsync(CancellationToken.None);

        var refund = await AutomaticRefundOfAsync(client, intentId, "succeeded");
        Assert.Equal((attempt.Id, "late_payment", 150_000L), (refund.Str("payment_attempt"), refund.Str("reason"), refund.GetProperty("amount").GetInt64()));
        Assert.Equal(1, await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.AttemptId == attempt.Id)));
    }

    /// <summary>A real failure of the database for refunds only: a trigger refuses every insert until disposed.</summary>
    private async Task<IAsyncDisposable> RefundsUnwritableAsync()
    {
        var (block, unblock) = gateway.Storage == StorageKind.Postgres
            ? ("""
               CREATE FUNCTION test_refunds_unwritable() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''refunds are unwritable''; END';
               CREATE TRIGGER test_refunds_unwritable BEFORE INSERT ON refunds FOR EACH ROW EXECUTE FUNCTION test_refunds_unwritable();
               """,
               "DROP TRIGGER test_refunds_unwritable ON refunds; DROP FUNCTION test_refunds_unwritable();")
            : ("CREATE TRIGGER test_refunds_unwritable BEFORE INSERT ON refunds BEGIN SELECT RAISE(ABORT, 'refunds are unwritable'); END;",
               "DROP TRIGGER test_refunds_unwritable;");
        await gateway.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(block));
        return new Undo(() => gateway.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(unblock)));
    }

    private sealed class Undo(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }

    /// <summary>An intent canceled while its MoMo attempt was open: paying that attempt now is a late payment.</summary>
    private async Task<(string IntentId, PaymentAttempt Attempt)> CanceledWithUnpaidMoMoAttemptAsync(HttpClient client)
    {
        var intentId = (await client.CreateIntentOkAsync()).Str("id");
        var attempt = await StartUnpaidAttemptAsync(intentId, ProviderId.MoMo);
        using var cancel = await client.PostRawAsync($"/v1/payment_intents/{intentId}/cancel", null, null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        return (intentId, attempt);
    }

    private async Task<PaymentAttempt> StartUnpaidAttemptAsync(string intentId, ProviderId provider)
    {
        await using var scope = gateway.Services.CreateAsyncScope();
        var attempts = scope.ServiceProvider.GetRequiredService<PaymentAttemptService>();
        var started = await attempts.StartAsync(intentId, new AttemptChoice(PaymentMethod.Wallet, Only: provider), null, CancellationToken.None);
        Assert.True(started.IsSuccess, started.Error?.Detail);
        return started.Value;
    }

    /// <summary>Presses "pay" on the sandbox's page as a citizen would; the sandbox then sends its signed callback.</summary>
    private async Task PayAtSandboxAsync(string provider, string providerReference)
    {
        using var http = gateway.CreateClient();
        var complete = new Uri(EmbeddedSandbox.PrefixOf(gateway.BaseAddress, provider), $"pay/{Uri.EscapeDataString(providerReference)}/complete");
        using var response = await http.PostAsJsonAsync(complete, new { outcome = "succeeded" });
        Assert.True(response.IsSuccessStatusCode, $"paying at the {provider} sandbox: {(int)response.StatusCode}");
    }

    private static async Task<JsonElement> AutomaticRefundOfAsync(HttpClient client, string intentId, string status)
    {
        JsonElement? found = null;
        await Eventually.TrueAsync(
            async () =>
            {
                var refunds = await client.GetJsonAsync($"/v1/refunds?payment_intent={intentId}");
                found = refunds.GetProperty("data").EnumerateArray().FirstOrDefault(r => r.Str("origin") == "automatic" && r.Str("status") == status) is { ValueKind: JsonValueKind.Object } refund
                    ? refund
                    : null;
                return found is not null;
            },
            $"an automatic refund of {intentId} is {status}");
        return found!.Value;
    }

    private async Task RunSettlingJobAfterAsync(TimeSpan wait)
    {
        gateway.Time.Advance(wait);
        await gateway.Services.GetRequiredService<RefundSettlingJob>().RunOnceAsync(CancellationToken.None);
    }

    private Task<string> PaidAttemptIdAsync(string intentId) =>
        gateway.WithDbAsync(db => db.PaymentAttempts.Where(a => a.IntentId == intentId && a.Status == PaymentAttemptStatus.Succeeded).Select(a => a.Id).SingleAsync());

    /// <summary>How many refunds and events a portal has stored.</summary>
    private async Task<(int Refunds, int Events)> StoredAsync(string portalId) =>
        (await gateway.WithDbAsync(db => db.Refunds.CountAsync(r => r.PortalId == portalId)),
         await gateway.WithDbAsync(db => db.Events.CountAsync(e => e.PortalId == portalId)));
}

[Collection(SqliteGatewayCollection.Name)]
public sealed class RefundTestsOnSqlite(SqliteGatewayFixture gateway) : RefundTests(gateway);

[Collection(PostgresGatewayCollection.Name)]
public sealed class RefundTestsOnPostgres(PostgresGatewayFixture gateway) : RefundTests(gateway);
