using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Storage;

/// <summary>Where the embedded default keeps its SQLite file.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    [Required]
    public string SqlitePath { get; set; } = "./data/paygov.db";
}
