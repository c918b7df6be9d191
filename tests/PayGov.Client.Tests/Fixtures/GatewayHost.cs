using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Portals;
using PayGov.Gateway.Storage;

namespace PayGov.Client.Tests.Fixtures;

/// <summary>
/// The real gateway on Kestrel over loopback, on a fresh SQLite file, for the client to talk to over real HTTP.
/// Tests share the host and isolate their data by creating their own portal.
/// </summary>
public abstract class GatewayHost : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "paygov-client-tests-" + Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> owned = [];
    private WebApplicationFactory<Program>? factory;

    public Uri BaseAddress { get; private set; } = null!;

    private IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The gateway has not started.");

    public async Task InitializeAsync()
    {
        // The in-process sandbox calls back to the gateway's public address, so the port is chosen before start and named in it.
        var port = FreeLoopbackPort();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("DemoPortal:Enabled", "false");
            builder.UseSetting("Storage:SqlitePath", Path.Combine(directory, "paygov.db"));
            builder.UseSetting("PayGov:PublicBaseUrl", $"http://127.0.0.1:{port}/");
            foreach (var (key, value) in Settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(ConfigureServices);
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        using var probe = factory.CreateClient();
        BaseAddress = probe.BaseAddress!;
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var disposable in owned)
        {
            disposable.Dispose();
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>Creates a portal of the test's own through the gateway's operator service and returns a test key.</summary>
    public async Task<string> CreatePortalKeyAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var portals = scope.ServiceProvider.GetRequiredService<PortalService>();
        var id = "c-" + Guid.NewGuid().ToString("N")[..20];
        var created = await portals.CreateAsync(id, "Client test portal " + id, ["localhost", "portal.example.vn"], ApiKeyMode.Test, CancellationToken.None);
        Assert.True(created.IsSuccess, created.Error?.Detail);
        return created.Value.Key;
    }

    /// <summary>
    /// A client for <paramref name="apiKey"/>. With a <paramref name="handler"/>, it sits in the client's pipeline in front of
    /// a real socket handler, the way a portal's own handlers would.
    /// </summary>
    public PayGovClient CreateClient(
        string apiKey, DelegatingHandler? handler = null, TimeProvider? time = null, int maxNetworkRetries = 2, TimeSpan? timeout = null)
    {
        HttpClient? http = null;
        if (handler is not null)
        {
            handler.InnerHandler = new SocketsHttpHandler();
            http = new HttpClient(handler);
            owned.Add(http);
        }

        var client = new PayGovClient(
            new PayGovClientOptions
            {
                ApiKey = apiKey,
                BaseUrl = BaseAddress,
                MaxNetworkRetries = maxNetworkRetries,
                Timeout = timeout ?? TimeSpan.FromSeconds(30),
            },
            http,
            time);
        owned.Add(client);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<PayGovDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PayGovDbContext>());
    }

    /// <summary>
    /// Pays an intent as a citizen would, through the MoMo sandbox (<c>simulate_payment</c>, a test-mode helper the
    /// client library has no call for), and returns once the gateway says it is succeeded.
    /// </summary>
    public async Task PayAsync(string apiKey, string intentId)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        using (var paid = await http.PostAsJsonAsync($"/v1/test_helpers/payment_intents/{intentId}/simulate_payment", new { provider = "momo", outcome = "succeeded" }))
        {
            Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/v1/payment_intents/{intentId}")).GetProperty("status").GetString() != "succeeded")
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), $"{intentId} was not paid in time");
            await Task.Delay(25);
        }
    }

    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
