using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PayGov.Reconciliation;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The run configuration (<see cref="ReconciliationOptions.ConfigPath"/>, else the sandbox's built into the gateway),
/// read once: the engine's part, the tariffs the ledger writer needs, and the digest that runs fingerprint.
/// </summary>
public sealed class ReconciliationSetup
{
    private const string DefaultResource = "PayGov.Gateway.Reconciliation.default-config.json";

    public ReconciliationSetup(IOptions<ReconciliationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.Value.ConfigPath;
        byte[] bytes;
        if (string.IsNullOrWhiteSpace(path))
        {
            using var resource = typeof(ReconciliationSetup).Assembly.GetManifestResourceStream(DefaultResource)
                ?? throw new InvalidOperationException($"The gateway lacks its resource {DefaultResource}.");
            using var copy = new MemoryStream();
            resource.CopyTo(copy);
            bytes = copy.ToArray();
        }
        else
        {
            bytes = File.ReadAllBytes(path);
        }

        using (var stream = new MemoryStream(bytes))
        {
            Config = ReconciliationConfig.Read(stream, Path.GetFileName(path) ?? "default-config.json");
        }

        Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Tariffs = ReadTariffs(bytes);
    }

    public ReconciliationConfig Config { get; }

    public string Sha256 { get; }

    /// <summary>By provider wire name (<c>vnpay</c>, <c>momo</c>, <c>zalopay</c>, <c>bank_transfer</c>).</summary>
    public IReadOnlyDictionary<string, ProviderTariff> Tariffs { get; }

    public ProviderTariff TariffOf(string provider) => Tariffs.TryGetValue(provider, out var tariff) ? tariff : ProviderTariff.None;

    private static Dictionary<string, ProviderTariff> ReadTariffs(byte[] bytes)
    {
        var tariffs = new Dictionary<string, ProviderTariff>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!document.RootElement.TryGetProperty("providers", out var providers))
        {
            return tariffs;
        }

        foreach (var provider in providers.EnumerateObject())
        {
            if (provider.Value.TryGetProperty("tariff", out var tariff))
            {
                tariffs[provider.Name] = new ProviderTariff(
                    Long(tariff, "rate_bp") ?? 0,
                    Long(tariff, "fixed") ?? 0,
                    Long(tariff, "min") ?? 0,
                    Long(tariff, "max"));
            }
        }

        return tariffs;

        static long? Long(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;
    }
}
