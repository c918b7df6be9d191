using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PayGov.Client;
using PayGov.Client.Webhooks;

namespace DossierPortal.Payments;

/// <summary>
/// With no <c>PayGov:WebhookSecret</c> configured, registers this app's own webhook URL with PayGov once the server
/// listens, and keeps the secret in memory, so the walkthrough needs nothing but the API key. A restart registers a
/// new endpoint; a real portal registers once and keeps the secret in its secret store.
/// </summary>
internal sealed partial class WebhookRegistration(
    PayGovClient paygov, WebhookSecrets secrets, IOptions<PayGovSettings> settings, IServer server, ILogger<WebhookRegistration> logger)
    : IHostedLifecycleService
{
    public const string ReceiverPath = "/paygov/webhooks";

    // StartedAsync runs after the server has bound its addresses, which StartAsync would not yet know.
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (secrets.Current is not null)
        {
            return;
        }

        var url = settings.Value.WebhookUrl ?? new Uri(new Uri(OwnAddress()), ReceiverPath);
        var endpoint = await paygov.WebhookEndpoints.CreateAsync(
            new WebhookEndpointCreateOptions { Url = url, EnabledEvents = ["*"], Description = "DossierPortal sample (registered at start)" },
            cancellationToken: cancellationToken);
        secrets.Use(endpoint.Secret ?? throw new PayGovException("PayGov created a webhook endpoint without showing its secret."));
        LogRegistered(logger, endpoint.Id, url);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string OwnAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no address to register; set PayGov:WebhookUrl.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered webhook endpoint {WebhookEndpointId} for {Url}")]
    private static partial void LogRegistered(ILogger logger, string webhookEndpointId, Uri url);
}
