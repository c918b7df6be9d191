using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Tests.Routing;

/// <summary>
/// Issue "Providers" item 5: a start that timed out after the request went out is in doubt. Nothing proceeds on a
/// guess (no failover, no cancel, no new attempt); the provider is asked — at once when a portal retrieves the
/// intent, or by the background job on its back-off — and its answer settles the attempt.
/// </summary>
[Collection(PostgresGatewayCollection.Name)]
public sealed class DoubtTests(PostgresGatewayFixture gateway)
{
    [Fact]
    public async Task A_timed_out_start_blocks_every_guess_and_a_portal_GET_settles_it_by_query()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        var attempt = await StartInDoubtAsync(client, id);

        Assert.Equal("processing", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
        using (var cancel = await client.PostRawAsync($"/v1/payment_intents/{id}/cancel", "{}", null))
        {
            await cancel.AssertProblemAsync(HttpStatusCode.Conflict, "payment_in_doubt");
        }

        using (var another = await client.SimulateAsync(id, "zalopay", "succeeded"))
        {
            await another.AssertProblemAsync(HttpStatusCode.Conflict, "payment_in_doubt");
        }

        // The citizen did pay at MoMo, but its IPN never verifies here: only asking MoMo can tell.
        await PayAtSandboxWithForgedIpnAsync(attempt);
        var intent = await client.GetJsonAsync($"/v1/payment_intents/{id}");

        Assert.Equal("succeeded", intent.Str("status"));
        var settled = await AttemptAsync(attempt.Id);
        Assert.Equal(PaymentAttemptStatus.Succeeded, settled.Status);
        Assert.NotNull(settled.ProviderTransactionId);
        Assert.Null(settled.NextQueryAt);
        Assert.Equal(1, await gateway.WithDbAsync(db => db.PaymentAttempts.CountAsync(a => a.IntentId == id)));
    }

    [Fact]
    public async Task The_job_asks_on_its_back_off_until_the_provider_knows()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);
        var id = (await client.CreateIntentOkAsync()).Str("id");
        var attempt = await StartInDoubtAsync(client, id);
        var job = gateway.Services.GetRequiredService<DoubtSettlingJob>();

        // Not due yet: the job leaves it alone.
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, (await AttemptAsync(attempt.Id)).Queries);

        // Due, and MoMo says "not paid yet": still in doubt, asked again later. (The node's own hosted job may ask
        // too when the clock moves: asking twice is harmless, which is why no leader is needed.)
        gateway.Time.Advance(DoubtSchedule.After(0));
        await job.RunOnceAsync(CancellationToken.None);
        var asked = await AttemptAsync(attempt.Id);
        Assert.Equal(PaymentAttemptStatus.Unknown, asked.Status);
        Assert.InRange(asked.Queries, 1, 2);
        Assert.Equal(gateway.Time.GetUtcNow() + DoubtSchedule.After(asked.Queries - 1), asked.NextQueryAt);

        await PayAtSandboxWithForgedIpnAsync(attempt);
        gateway.Time.Advance(DoubtSchedule.After(asked.Queries));
        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(PaymentAttemptStatus.Succeeded, (await AttemptAsync(attempt.Id)).Status);
        Assert.Equal("succeeded", (await client.GetJsonAsync($"/v1/payment_intents/{id}")).Str("status"));
    }

    [Fact]
    public void The_back_off_goes_from_minutes_to_hours_to_daily()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), DoubtSchedule.After(0));
        Assert.True(DoubtSchedule.After(4) < TimeSpan.FromHours(1));
        Assert.True(DoubtSchedule.After(6) >= TimeSpan.FromHours(1));
        Assert.Equal(TimeSpan.FromDays(1), DoubtSchedule.After(9));
        Assert.Equal(TimeSpan.FromDays(1), DoubtSchedule.After(500));
        for (var i = 1; i < 12; i++)
        {
            Assert.True(DoubtSchedule.After(i) >= DoubtSchedule.After(i - 1));
        }
    }

    /// <summary>MoMo takes the create but never answers: the attempt time-out passes on the injected clock.</summary>
    private async Task<PaymentAttempt> StartInDoubtAsync(HttpClient client, string id)
    {
        await SandboxFaults.SetAsync(gateway, "momo", new JsonObject { ["timeout"] = true });
        try
        {
            var simulate = client.SimulateAsync(id, "momo", "succeeded");
            while (!simulate.IsCompleted)
            {
                gateway.Time.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(20);
            }

            using var response = await simulate;
            await response.AssertProblemAsync(HttpStatusCode.Conflict, "payment_in_doubt");
        }
        finally
        {
            await SandboxFaults.ResetAsync(gateway, "momo");
        }

        var attempt = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == id));
        Assert.Equal(PaymentAttemptStatus.Unknown, attempt.Status);
        Assert.Equal("momo", attempt.Provider);
        return attempt;
    }

    private async Task PayAtSandboxWithForgedIpnAsync(PaymentAttempt attempt)
    {
        await SandboxFaults.SetAsync(gateway, "momo", new JsonObject { ["bad_signature"] = true });
        try
        {
            using var sandbox = gateway.CreateClient();
            using var paid = await sandbox.PostAsJsonAsync($"/sandbox/momo/pay/{attempt.ProviderReference}/complete", new { outcome = "succeeded" });
            Assert.True(paid.IsSuccessStatusCode, $"pressing pay at the sandbox: {(int)paid.StatusCode}");
            await Eventually.TrueAsync(
                () => gateway.WithDbAsync(db => db.RejectedCallbacks.AnyAsync(r => r.MerchantReference == attempt.MerchantReference && r.Reason == "signature_invalid")),
                "the forged IPN is rejected");
        }
        finally
        {
            await SandboxFaults.ResetAsync(gateway, "momo");
        }

        Assert.Equal(PaymentAttemptStatus.Unknown, (await AttemptAsync(attempt.Id)).Status);
    }

    private Task<PaymentAttempt> AttemptAsync(string attemptId) =>
        gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.Id == attemptId));
}
