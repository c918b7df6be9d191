using System.Globalization;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Waits for the nightly run of a day once the clock has passed its night.</summary>
public static class NightlyRuns
{
    /// <summary>The stored nightly run of <paramref name="day"/>, succeeded; on time-out, the reconciliation logs say why.</summary>
    public static async Task<JsonElement> OfAsync(GatewayFixture gateway, TreasurySession accountant, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        ArgumentNullException.ThrowIfNull(accountant);
        JsonElement run = default;
        try
        {
            await Eventually.TrueAsync(
                async () =>
                {
                    var runs = (await accountant.Client.GetJsonAsync($"/v1/reconciliation/runs?business_day={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"))
                        .GetProperty("data").EnumerateArray().ToList();
                    run = runs.FirstOrDefault(r => r.Str("trigger") == "nightly");
                    return run.ValueKind == JsonValueKind.Object;
                },
                "the nightly run of the day is stored");
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            throw new Xunit.Sdk.XunitException(ex.Message + "\nReconciliation logs:\n" + ReconciliationLogs(gateway));
        }

        Assert.Equal("succeeded", run.Str("status"));
        return run;
    }

    private static string ReconciliationLogs(GatewayFixture gateway) => string.Join('\n', gateway.Logs.GetSnapshot()
        .Where(r => r.Id.Id is >= 7100 and < 7200 || r.Level >= Microsoft.Extensions.Logging.LogLevel.Error)
        .Select(r => $"{r.Id.Id} {r.Level} {r.Message} {r.Exception}"));
}
