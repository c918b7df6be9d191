using System.Text;
using System.Text.RegularExpressions;

namespace PayGov.Gateway.Tests.Cli;

/// <summary>The README's run command as a newcomer meets it: a fresh data folder, printed credentials that work, kept across restarts.</summary>
[Collection(MultiNodeCollection.Name)]
public sealed partial class EmbeddedStartTests : IDisposable
{
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "paygov-embedded-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_fresh_embedded_gateway_prints_a_portal_key_and_treasury_accounts_that_work_and_prints_the_same_after_a_restart()
    {
        Directory.CreateDirectory(dataDirectory);
        var environment = new Dictionary<string, string>
        {
            ["Storage__SqlitePath"] = Path.Combine(dataDirectory, "paygov.db"),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        };

        string firstOutput;
        await using (var first = await GatewayProcess.StartAsync(environment))
        {
            firstOutput = first.Output;
            var key = PortalKeyLine().Match(firstOutput).Groups[1].Value;
            using var portal = new HttpClient { BaseAddress = first.BaseAddress };
            portal.DefaultRequestHeaders.Authorization = new("Bearer", key);
            using var intents = await portal.GetAsync("/v1/payment_intents");
            Assert.Equal(HttpStatusCode.OK, intents.StatusCode);

            var accounts = TreasuryLine().Matches(firstOutput).ToDictionary(m => m.Groups["role"].Value, m => (m.Groups["user"].Value, m.Groups["password"].Value));
            Assert.Equal(["accountant", "supervisor"], accounts.Keys.Order());
            foreach (var (role, (username, password)) in accounts)
            {
                using var treasury = new HttpClient { BaseAddress = first.BaseAddress };
                using var signIn = await treasury.PostAsync("/v1/treasury/session", new StringContent(
                    JsonSerializer.Serialize(new { username, password }), Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
                Assert.Equal(role, JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("role").GetString());
            }

            await first.TerminateAsync();
        }

        await using var second = await GatewayProcess.StartAsync(environment);
        Assert.Equal(PortalKeyLine().Match(firstOutput).Value, PortalKeyLine().Match(second.Output).Value);
        Assert.Equal(
            TreasuryLine().Matches(firstOutput).Select(m => m.Value),
            TreasuryLine().Matches(second.Output).Select(m => m.Value));
    }

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [GeneratedRegex(@"Demo portal 'demo' test key: (sk_test_\w+)")]
    private static partial Regex PortalKeyLine();

    [GeneratedRegex(@"Demo treasury (?<role>accountant|supervisor): (?<user>[\w.]+) / (?<password>\w+)")]
    private static partial Regex TreasuryLine();
}
