using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Reconciliation;

namespace PayGov.Browser.Tests.Treasury;

/// <summary>
/// A business day made by the sandboxes and reconciled by the nightly job: a VNPAY payment of
/// <c>missingAmount</c> đồng first, then one of 150,000 đồng with each of VNPAY, ZaloPay and MoMo. VNPAY's settlement
/// file of the day leaves out the day's first payment (the sandbox's <c>missing_settlement_line</c> switch), so the
/// night after, that payment is a <c>missing_at_provider</c> exception (<see cref="MissingAttempt"/>).
/// </summary>
public sealed record SandboxDay(DateOnly Day, string MissingAttempt)
{
    public static async Task<SandboxDay> MakeAsync(GatewayFixture gateway, long missingAmount)
    {
        ArgumentNullException.ThrowIfNull(gateway);

        // A day of its own: whatever earlier tests paid today belongs to the day this move ends.
        gateway.Time.Advance(TimeSpan.FromDays(1));
        var day = DateOnly.FromDateTime(gateway.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        await NightlyRunAsync(gateway, day.AddDays(-1));

        var (_, key) = await gateway.CreatePortalAsync();
        using var portal = gateway.CreateClient(key);
        var missing = await PayAsync(portal, missingAmount, "vnpay");
        foreach (var provider in new[] { "vnpay", "zalopay", "momo" })
        {
            await PayAsync(portal, 150_000, provider);
        }

        await gateway.SetSandboxFaultsAsync("vnpay", new JsonObject { ["missing_settlement_line"] = true });
        try
        {
            gateway.Time.Advance(TimeSpan.FromDays(1));
            await NightlyRunAsync(gateway, day);
        }
        finally
        {
            await gateway.ResetSandboxFaultsAsync("vnpay");
        }

        var attempt = await gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().Where(a => a.IntentId == missing).Select(a => a.Id).SingleAsync());
        return new SandboxDay(day, attempt);
    }

    public string Iso => Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The day as a Vietnamese accountant types it.</summary>
    public string Vietnamese => Day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> PayAsync(HttpClient portal, long amount, string provider)
    {
        var intent = (await portal.CreateIntentOkAsync(PaymentIntents.Valid().WithAmount(amount))).Str("id");
        using (var paid = await portal.SimulateAsync(intent, provider, "succeeded"))
        {
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        }

        await Eventually.TrueAsync(async () => (await portal.GetJsonAsync($"/v1/payment_intents/{intent}")).Str("status") == "succeeded", $"the {provider} payment succeeds");
        return intent;
    }

    private static Task NightlyRunAsync(GatewayFixture gateway, DateOnly day) =>
        Eventually.TrueAsync(
            () => gateway.WithDbAsync(db => db.ReconciliationRuns.AnyAsync(r => r.BusinessDay == day && r.Trigger == RunTrigger.Nightly && r.Status == RunStatus.Succeeded)),
            $"the nightly run of {day:yyyy-MM-dd} is stored");
}
