using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Portals;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>
/// One gateway on real Kestrel over loopback, with its storage chosen by the subclass. Tests share the
/// host and isolate their data by creating their own portal (and so their own keys and rows).
/// </summary>
public abstract class GatewayFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;

    /// <summary>Received reconciliation files and the drop folder of this host, removed with it.</summary>
    public string FilesDirectory { get; } = Path.Combine(Path.GetTempPath(), "paygov-files-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 14, 2, 0, 0, TimeSpan.Zero));

    public abstract StorageKind Storage { get; }

    public IServiceProvider Services => Factory.Services;

    public Uri BaseAddress { get; private set; } = null!;

    protected WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        var settings = await SettingsAsync();

        // The sandbox calls back to the gateway's public address, so the port is chosen before start and named in it.
        var port = FreeLoopbackPort();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("DemoPortal:Enabled", "false");
            builder.UseSetting("RateLimit:PermitLimit", "1000");
            builder.UseSetting("Logging:LogLevel:PayGov", "Debug");
            builder.UseSetting("Sandbox:Enabled", "true");
            builder.UseSetting("PayGov:PublicBaseUrl", $"http://127.0.0.1:{port}/");
            builder.UseSetting("Reconciliation:FilesFolder", Path.Combine(FilesDirectory, "store"));
            builder.UseSetting("Reconciliation:DropFolder", Path.Combine(FilesDirectory, "drop"));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Time);
                services.AddLogging(logging => logging.AddFakeLogging());
            });
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        BaseAddress = factory.ClientOptions.BaseAddress;
        using var client = factory.CreateClient();
        BaseAddress = client.BaseAddress!;
    }

    public virtual async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (Directory.Exists(FilesDirectory))
        {
            Directory.Delete(FilesDirectory, recursive: true);
        }
    }

    /// <summary>A client with no key: real HTTP to the Kestrel port.</summary>
    public HttpClient CreateClient(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    /// <summary>Creates a portal of the test's own (unique id) and returns its id and a key.</summary>
    public async Task<(string PortalId, string Key)> CreatePortalAsync(ApiKeyMode mode = ApiKeyMode.Test)
    {
        await using var scope = Services.CreateAsyncScope();
        var portals = scope.ServiceProvider.GetRequiredService<PortalService>();
        var id = "t-" + Guid.NewGuid().ToString("N")[..20];
        var created = await portals.CreateAsync(id, "Test portal " + id, ["localhost", "portal.example.vn"], mode, CancellationToken.None);
        Assert.True(created.IsSuccess, created.Error?.Detail);
        return (id, created.Value.Key);
    }

    public async Task<T> WithDbAsync<T>(Func<PayGovDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PayGovDbContext>());
    }

    /// <summary>Everything the gateway logged so far.</summary>
    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    protected abstract Task<IReadOnlyDictionary<string, string>> SettingsAsync();

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
