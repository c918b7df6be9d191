using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// A treasury user of the test's own, signed in over real HTTP: a client with a cookie jar, and the antiforgery token
/// every state-changing call sends.
/// </summary>
public sealed class TreasurySession : IDisposable
{
    private TreasurySession(HttpClient client, CookieContainer cookies, string username, string password)
    {
        Client = client;
        Cookies = cookies;
        Username = username;
        Password = password;
    }

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public string Username { get; }

    public string Password { get; }

    public string CsrfToken { get; private set; } = "";

    public static async Task<TreasurySession> CreateAsync(GatewayFixture gateway, TreasuryRole role)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var username = "u" + Guid.NewGuid().ToString("N")[..12];
        const string password = "a long test password";
        await using (var scope = gateway.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<TreasuryUserService>().CreateAsync(username, role, password, CancellationToken.None);
            Assert.True(created.IsSuccess, created.Error?.Detail);
        }

        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, UseCookies = true }) { BaseAddress = gateway.BaseAddress };
        var session = new TreasurySession(client, cookies, username, password);
        using var signIn = await session.SignInAsync(password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        return session;
    }

    public async Task<HttpResponseMessage> SignInAsync(string password)
    {
        var response = await Client.PostAsync("/v1/treasury/session", Json(new { username = Username, password }));
        if (response.IsSuccessStatusCode)
        {
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            CsrfToken = body.Str("csrf_token");
        }

        return response;
    }

    /// <summary>A state-changing call with the antiforgery header, sent again while the reconciliation lock is busy.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, object? body = null) => SendAgainWhileBusyAsync(() =>
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : Json(body) };
        request.Headers.Add("X-CSRF-Token", CsrfToken);
        return request;
    });

    /// <summary>A file upload, sent again while the reconciliation lock is busy.</summary>
    public Task<HttpResponseMessage> UploadAsync(string fileName, byte[] content, IReadOnlyDictionary<string, string>? fields = null) =>
        SendAgainWhileBusyAsync(() => UploadRequest(fileName, content, fields));

    /// <summary>A file upload sent once, whatever the answer: for tests that hold the lock themselves.</summary>
    public Task<HttpResponseMessage> UploadOnceAsync(string fileName, byte[] content) => Client.SendAsync(UploadRequest(fileName, content, fields: null));

    /// <summary>
    /// The host's own nightly job (woken when a test moves the clock) holds the reconciliation lock for a moment; the
    /// API answers <c>reconciliation_busy</c> and stores nothing, and a client sends again, as this one does for a while.
    /// </summary>
    private async Task<HttpResponseMessage> SendAgainWhileBusyAsync(Func<HttpRequestMessage> request)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var response = await Client.SendAsync(request());
            if (response.StatusCode != HttpStatusCode.Conflict || waited.Elapsed >= TimeSpan.FromSeconds(60)
                || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || !JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("code", out var code)
                || code.GetString() != "reconciliation_busy")
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    private HttpRequestMessage UploadRequest(string fileName, byte[] content, IReadOnlyDictionary<string, string>? fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/reconciliation/files") { Content = form };
        request.Headers.Add("X-CSRF-Token", CsrfToken);
        return request;
    }

    public async Task<JsonElement> RunDayAsync(DateOnly day)
    {
        using var response = await PostAsync("/v1/reconciliation/runs", new { business_day = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public async Task<List<JsonElement>> ExceptionsAsync(string query)
    {
        var page = await Client.GetJsonAsync("/v1/reconciliation/exceptions?limit=100&" + query);
        return page.GetProperty("data").EnumerateArray().ToList();
    }

    public void Dispose() => Client.Dispose();

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
