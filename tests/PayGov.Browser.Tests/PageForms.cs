using System.Text.RegularExpressions;

namespace PayGov.Browser.Tests;

/// <summary>Pages read and forms posted without a browser, as a browser would: over a client that keeps cookies and follows no redirect.</summary>
public static partial class PageForms
{
    public static async Task<string> PageAsync(HttpClient http, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}\n{html}");
        return html;
    }

    /// <summary>Posts a page's form with the page's own antiforgery token.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(HttpClient http, string html, string action, params (string Name, string Value)[] fields)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(html);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, "the page has no antiforgery token");
        var form = new List<KeyValuePair<string, string>> { new(token.Groups[1].Value, WebUtility.HtmlDecode(token.Groups[2].Value)) };
        form.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return http.PostAsync(action, new FormUrlEncodedContent(form));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(__RequestVerificationToken)\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
