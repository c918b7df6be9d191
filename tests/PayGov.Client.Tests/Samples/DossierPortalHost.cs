extern alias dossierportal;

using dossierportal::DossierPortal.Dossiers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PayGov.Client.Tests.Samples;

/// <summary>
/// The DossierPortal sample on real Kestrel over loopback, talking to the test gateway with a portal key of its own and
/// by default no webhook secret, so it registers its own webhook endpoint at start as the walkthrough does.
/// </summary>
internal sealed class DossierPortalHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<DossierStore> factory;

    private DossierPortalHost(WebApplicationFactory<DossierStore> factory, HttpClient browser)
    {
        this.factory = factory;
        Browser = browser;
    }

    /// <summary>Gets a client that behaves like a browser without following redirects, so a test sees the 303 itself.</summary>
    public HttpClient Browser { get; }

    public static DossierPortalHost Start(Uri gateway, string apiKey, string? webhookSecret = null)
    {
        var factory = new WebApplicationFactory<DossierStore>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Test");
            builder.UseSetting("PayGov:BaseUrl", gateway.AbsoluteUri);
            builder.UseSetting("PayGov:ApiKey", apiKey);
            builder.UseSetting("PayGov:WebhookSecret", webhookSecret ?? string.Empty);
            builder.UseSetting("PayGov:PublicBaseUrl", "http://localhost:3000/");
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        // On Kestrel the factory's clients follow redirects whatever their options say, so the browser is a plain client
        // on the server's address (learnt from a default one).
        using var probe = factory.CreateClient();
        var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = probe.BaseAddress };
        return new DossierPortalHost(factory, browser);
    }

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await factory.DisposeAsync();
    }
}
