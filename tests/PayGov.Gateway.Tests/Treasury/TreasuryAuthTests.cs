using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Cli;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Treasury;

/// <summary>Treasury sign-in over real HTTP: the cookie, lockout, roles, and the wall between treasury and portal credentials.</summary>
public abstract class TreasuryAuthTests(GatewayFixture gateway)
{
    [Fact]
    public async Task Sign_in_sets_an_http_only_strict_cookie_and_names_the_user_and_role()
    {
        using var session = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);

        using var again = await session.Client.PostAsync("/v1/treasury/session", new StringContent(
            JsonSerializer.Serialize(new { username = session.Username.ToUpperInvariant(), password = session.Password }), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var cookie = again.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(TreasuryAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var me = await session.Client.GetJsonAsync("/v1/treasury/session");
        Assert.Equal(session.Username, me.Str("username"));
        Assert.Equal("accountant", me.Str("role"));
        Assert.False(string.IsNullOrEmpty(me.Str("csrf_token")));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_until_the_lockout_ends()
    {
        using var session = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);

        for (var i = 0; i < 5; i++)
        {
            using var wrong = await session.SignInAsync("not the password at all");
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        }

        using var locked = await session.SignInAsync(session.Password);
        // Locked, the answer is the one an unknown name gets: nothing tells a guesser the account exists.
        await locked.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
        gateway.Time.Advance(TimeSpan.FromMinutes(16));
        using var unlocked = await session.SignInAsync(session.Password);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var client = gateway.CreateClient();

        using var response = await client.PostAsync("/v1/treasury/session", new StringContent(
            """{"username":"nobody-here","password":"whatever it is"}""", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task A_portal_api_key_does_not_open_treasury_endpoints()
    {
        var (_, key) = await gateway.CreatePortalAsync();
        using var client = gateway.CreateClient(key);

        using var runs = await client.GetAsync("/v1/reconciliation/runs");
        using var session = await client.GetAsync("/v1/treasury/session");

        await runs.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
        await session.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
    }

    [Fact]
    public async Task A_treasury_cookie_does_not_open_the_portal_api()
    {
        using var session = await TreasurySession.CreateAsync(gateway, TreasuryRole.Supervisor);

        using var intents = await session.Client.GetAsync("/v1/payment_intents");

        await intents.AssertProblemAsync(HttpStatusCode.Unauthorized, "api_key_missing");
    }

    [Fact]
    public async Task After_sign_out_neither_the_jar_nor_a_kept_copy_of_the_cookie_reaches_anything()
    {
        using var session = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        var kept = session.Cookies.GetCookieHeader(gateway.BaseAddress);

        var request = new HttpRequestMessage(HttpMethod.Delete, "/v1/treasury/session");
        request.Headers.Add("X-CSRF-Token", session.CsrfToken);
        using var signOut = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        using var afterwards = await session.Client.GetAsync("/v1/reconciliation/exceptions");
        await afterwards.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
        using var replay = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = gateway.BaseAddress };
        var replayed = new HttpRequestMessage(HttpMethod.Get, "/v1/reconciliation/runs");
        replayed.Headers.Add("Cookie", kept);
        using var stale = await replay.SendAsync(replayed);
        await stale.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
    }

    [Fact]
    public async Task Anonymous_requests_reach_no_treasury_endpoint()
    {
        using var client = gateway.CreateClient();

        foreach (var path in new[] { "/v1/reconciliation/runs", "/v1/reconciliation/exceptions", "/v1/reconciliation/reports/2026-01-01", "/v1/treasury/session" })
        {
            using var response = await client.GetAsync(path);
            await response.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
        }
    }

    [Fact]
    public async Task A_state_change_without_the_antiforgery_token_is_refused()
    {
        using var session = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);

        using var response = await session.Client.PostAsync("/v1/reconciliation/runs", new StringContent(
            """{"business_day":"2026-01-02"}""", Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "csrf_token_invalid");
    }

    [Fact]
    public async Task A_new_password_ends_the_sessions_signed_in_before_it()
    {
        using var session = await TreasurySession.CreateAsync(gateway, TreasuryRole.Accountant);
        using var output = new StringWriter();

        var exit = await GatewayCli.RunAsync(
            gateway.Services, ["treasury", "users", "reset-password", "--username", session.Username], output, CancellationToken.None,
            new StringReader("a brand new long password\n"));

        Assert.Equal(0, exit);
        using var stale = await session.Client.GetAsync("/v1/reconciliation/runs");
        await stale.AssertProblemAsync(HttpStatusCode.Unauthorized, "session_missing");
        using var signIn = await session.SignInAsync("a brand new long password");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task The_cli_refuses_a_password_given_as_an_argument_and_creates_from_standard_input()
    {
        var username = "cli" + Guid.NewGuid().ToString("N")[..10];
        using var output = new StringWriter();

        var refused = await GatewayCli.RunAsync(
            gateway.Services, ["treasury", "users", "create", "--username", username, "--role", "supervisor", "--password", "in the process list"], output, CancellationToken.None);
        var created = await GatewayCli.RunAsync(
            gateway.Services, ["treasury", "users", "create", "--username", username, "--role", "supervisor"], output, CancellationToken.None,
            new StringReader("typed at the prompt, long enough\n"));

        Assert.Equal(2, refused);
        Assert.Equal(0, created);
        await using var scope = gateway.Services.CreateAsyncScope();
        var signIn = await scope.ServiceProvider.GetRequiredService<TreasuryUserService>().SignInAsync(username, "typed at the prompt, long enough", CancellationToken.None);
        Assert.True(signIn.IsSuccess);
        Assert.Equal(TreasuryRole.Supervisor, signIn.Value.Role);
        // Identity v3 format: 0x01, PRF 2 (HMAC-SHA512), 210,000 iterations, big-endian.
        Assert.StartsWith("AQAAAAIAAzRQ", signIn.Value.PasswordHash, StringComparison.Ordinal);
    }
}

[Collection(ReconciliationSqliteCollection.Name)]
public sealed class TreasuryAuthTestsOnSqlite(SqliteGatewayFixture gateway) : TreasuryAuthTests(gateway);

[Collection(ReconciliationPostgresCollection.Name)]
public sealed class TreasuryAuthTestsOnPostgres(PostgresGatewayFixture gateway) : TreasuryAuthTests(gateway);
