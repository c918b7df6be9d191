namespace PayGov.Gateway.Web;

/// <summary>The hidden field every page form carries (citizen and treasury) (ASP.NET Core antiforgery, paired with its cookie).</summary>
public sealed record AntiforgeryField(string Name, string Value)
{
    public static AntiforgeryField From(Microsoft.AspNetCore.Antiforgery.AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return new AntiforgeryField(tokens.FormFieldName, tokens.RequestToken!);
    }
}
