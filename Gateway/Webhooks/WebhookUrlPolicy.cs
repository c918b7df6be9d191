using System.Net;
using System.Net.Sockets;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Webhooks;

/// <summary>
/// Where PayGov may send webhooks. Live mode: https only, and never to a private, loopback or link-local
/// address, so a portal cannot make PayGov call into the network PayGov runs in (checked when the endpoint is
/// created and again on every connection, against DNS rebinding). Test mode: https anywhere, http to loopback.
/// </summary>
public static class WebhookUrlPolicy
{
    public static async Task<ApiError?> CheckAsync(string? url, bool livemode, CancellationToken cancellationToken)
    {
        if (TextRules.Required(url, "url", 2048) is { } textError)
        {
            return textError;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.UserInfo.Length > 0)
        {
            return Invalid("'url' must be an absolute http(s) URL without credentials.");
        }

        if (!livemode)
        {
            return uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback ? null : Invalid("In test mode, 'url' must be https, or http to a loopback address.");
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return Invalid("In live mode, 'url' must be https.");
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(uri.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(uri.IdnHost, cancellationToken);
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException)
        {
            return Invalid("The host of 'url' does not resolve.");
        }

        return addresses.Length == 0 || addresses.Any(IsInternal) ? Invalid("In live mode, 'url' may not point at a private, loopback or link-local address.") : null;
    }

    public static bool IsInternal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (EmbeddedIPv4(address) is { } embedded)
        {
            return IsInternal(embedded);
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast)
        {
            return true;
        }

        if (address.AddressFamily != AddressFamily.InterNetwork)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
            || (b[0] == 198 && (b[1] == 18 || b[1] == 19))
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || b[0] == 0
            || b[0] >= 224;
    }

    /// <summary>The IPv4 address inside NAT64 (64:ff9b::/96), 6to4 (2002::/16) and IPv4-compatible (::a.b.c.d) addresses.</summary>
    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        var b = address.GetAddressBytes();
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return new IPAddress(b.AsSpan(12, 4));
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return new IPAddress(b.AsSpan(2, 4));
        }

        return b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !IPAddress.IsLoopback(address) && !address.Equals(IPAddress.IPv6Any)
            ? new IPAddress(b.AsSpan(12, 4))
            : null;
    }

    private static ApiError Invalid(string detail) => new(ErrorCodes.WebhookUrlNotAllowed, detail, "url");
}
