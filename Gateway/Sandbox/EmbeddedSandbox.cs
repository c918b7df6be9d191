namespace PayGov.Gateway.Sandbox;

/// <summary>
/// Whether this gateway mounts the provider sandboxes in-process under <see cref="Root"/> and points its MoMo and
/// ZaloPay clients at them (<c>Sandbox:Enabled</c>; by default on with SQLite, off with PostgreSQL).
/// </summary>
public sealed record EmbeddedSandbox(bool IsEnabled)
{
    public const string EnabledKey = "Sandbox:Enabled";
    public const string Root = "/sandbox";

    /// <summary>The sandbox prefix of one provider under the public base URL, e.g. <c>http://localhost:5080/sandbox/momo/</c>.</summary>
    public static Uri PrefixOf(Uri publicBaseUrl, string providerWireName)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        return new Uri(publicBaseUrl, Root.TrimStart('/') + "/" + providerWireName + "/");
    }
}
