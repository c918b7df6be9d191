using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Infrastructure;

public sealed class PayGovOptions
{
    public const string SectionName = "PayGov";

    /// <summary>The address citizens and providers reach this deployment at; checkout links are built from it.</summary>
    [Required]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080/");
}
