using System.Globalization;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Waits for the nightly run of a day once the clock has passed its night.</summary>
public static class NightlyRuns
{
    /// <summary>The nightly job's log events: it waits for a night; another node runs (or ran) it.</summary>
    private const int Waits = 7109, LostClaim = 7104;

    /// <summary>
    /// Moves the clock a day on once the host's nightly job waits for the night after <paramref name="day"/>, and
    /// answers the nightly run it then makes from the files it fetched, with an accountant signed in after the clock moved.
    /// The nightly job's last word must be that wait: another node's job (a test's contender) may have said it while
    /// the host's job was still busy with the night before, and moving the clock then would skip <paramref name="day"/>.
    /// </summary>
    public static async Task<(JsonElement Run, TreasurySession Accountant)> AfterNightOfAsync(GatewayFixture gateway, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        await Eventually.TrueAsync(
            () => Task.FromResult(gateway.Logs.GetSnapshot().LastOrDefault(r => r.Id.Id is Waits or LostClaim) is { Id.Id: Waits } last
                && last.StructuredState?.Any(p => p.Key == "BusinessDay" && DateOnly.TryParse(p.Value, CultureInfo.InvariantCulture, out var waiting) && waiting == day) == true),
            $"the nightly job waits for the night of {day:yyyy-MM-dd}");
        gateway.Time.Advance(TimeSpan.FromDays(1));
        var accountant = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        return (await OfAsync(gateway, accountant, day), accountant);
    }

    /// <summary>The business day (GMT+7) the fixture's clock is in.</summary>
    public static DateOnly LocalDay(GatewayFixture gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        return DateOnly.FromDateTime(gateway.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
    }

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
