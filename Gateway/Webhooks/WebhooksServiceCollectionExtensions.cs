using System.Net;
using System.Net.Sockets;

namespace PayGov.Gateway.Webhooks;

public static class WebhooksServiceCollectionExtensions
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhooksOptions>().BindConfiguration(WebhooksOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<OutboxCommittedInterceptor>();
        services.AddScoped<WebhookEndpointService>();
        services.AddScoped<WebhookFanOut>();
        services.AddScoped<WebhookDeliveryClaims>();
        services.AddScoped<WebhookSender>();
        services.AddHostedService<WebhookDispatcher>();
        // Redirects are not followed: a portal's URL is the only place PayGov sends its signed events.
        services.AddHttpClient(WebhookSender.TestClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });
        services.AddHttpClient(WebhookSender.LiveClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                // A proxy would make the address check below see the proxy, not the portal's host.
                UseProxy = false,
                ConnectCallback = ConnectToPublicAddressAsync,
            });
        return services;
    }

    /// <summary>Resolves and connects only to public addresses, so DNS that changes after the URL was checked cannot aim PayGov inward.</summary>
    private static async ValueTask<Stream> ConnectToPublicAddressAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var target = addresses.FirstOrDefault(a => !WebhookUrlPolicy.IsInternal(a))
            ?? throw new HttpRequestException(HttpRequestError.ConnectionError, $"{context.DnsEndPoint.Host} resolves only to internal addresses.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(target, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
