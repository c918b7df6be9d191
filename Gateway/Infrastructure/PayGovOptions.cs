using System.ComponentModel.DataAnnotations;

namespace PayGov.Gateway.Infrastructure;

public sealed class PayGovOptions
{
    public const string SectionName = "PayGov";

    /// <summary>The address citizens and providers reach this deployment at; checkout links are built from it.</summary>
    private Uri publicBaseUrl = new("http://localhost:5080/");

    /// <remarks>A trailing slash is added if missing, so relative links keep the last path segment (<c>/paygov</c>).</remarks>
    [Required]
    public Uri PublicBaseUrl
    {
        get => publicBaseUrl;
        set => publicBaseUrl = value is null || value.AbsolutePath.EndsWith('/') ? value! : new Uri(value.AbsoluteUri + "/");
    }
}
