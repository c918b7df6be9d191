using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PayGov.Gateway.Storage;

/// <summary>A portal's metadata pairs stored as one JSON text column, compared by their pairs.</summary>
internal static class MetadataColumn
{
    public static PropertyBuilder<Dictionary<string, string>> StoredAsJson(this PropertyBuilder<Dictionary<string, string>> property) =>
        property.HasConversion(
            m => JsonSerializer.Serialize(m, (JsonSerializerOptions?)null),
            s => JsonSerializer.Deserialize<Dictionary<string, string>>(s, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
            new ValueComparer<Dictionary<string, string>>(
                (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                m => m.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                m => new Dictionary<string, string>(m)));
}
