using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Reconciliation;

/// <summary>A run's configuration, the shape of <c>examples/day-1/config.json</c> (README section 11 for defaults).</summary>
public sealed class ReconciliationConfig
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public string Cutoff { get; init; } = "23:59:59";
    public Dictionary<string, int> LateWindowMinutes { get; init; } = [];
    public int SettlementGraceDays { get; init; } = 1;
    public int PayoutGraceDays { get; init; } = 1;
    public int ReferenceLookbackDays { get; init; } = 35;
    public List<CollectionAccountConfig> CollectionAccounts { get; init; } = [];
    public Dictionary<string, ProviderAccountConfig> Providers { get; init; } = [];

    [JsonIgnore]
    public BusinessCalendar Calendar => new(CutoffTime);

    [JsonIgnore]
    public TimeSpan CutoffTime => TimeSpan.ParseExact(Cutoff, "hh\\:mm\\:ss", CultureInfo.InvariantCulture);

    public TimeSpan LateWindow(PaymentChannel channel) =>
        TimeSpan.FromMinutes(LateWindowMinutes.TryGetValue(WireNames.Of(channel), out var minutes) ? minutes : 30);

    public ProviderAccountConfig? Provider(PaymentChannel channel) =>
        Providers.TryGetValue(WireNames.Of(channel), out var provider) ? provider : null;

    public static ReconciliationConfig Read(Stream stream, string fileName)
    {
        try
        {
            var config = JsonSerializer.Deserialize<ReconciliationConfig>(stream, JsonOptions)
                ?? throw new SettlementFileFormatException(fileName, 1, "(document)", "empty configuration");
            _ = config.CutoffTime;
            return config;
        }
        catch (JsonException ex)
        {
            throw new SettlementFileFormatException(fileName, (int)(ex.LineNumber ?? 0) + 1, ex.Path ?? "(document)", ex.Message);
        }
        catch (FormatException ex)
        {
            throw new SettlementFileFormatException(fileName, 0, "cutoff", ex.Message);
        }
    }
}
