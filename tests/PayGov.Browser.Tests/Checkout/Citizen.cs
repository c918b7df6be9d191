namespace PayGov.Browser.Tests.Checkout;

/// <summary>A portal of the test's own and a browser-less citizen: plain HttpClient over Kestrel, cookies kept.</summary>
public sealed class Citizen : IDisposable
{
    private readonly CookieContainer cookies = new();

    private Citizen(GatewayFixture gateway, HttpClient portal)
    {
        Gateway = gateway;
        Portal = portal;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = gateway.BaseAddress };
    }

    public GatewayFixture Gateway { get; }

    /// <summary>The portal's API client (its test key).</summary>
    public HttpClient Portal { get; }

    /// <summary>The citizen's browser-less client: no redirects followed, cookies kept.</summary>
    public HttpClient Http { get; }

    public static async Task<Citizen> WithNewPortalAsync(GatewayFixture gateway)
    {
        var (_, key) = await gateway.CreatePortalAsync();
        return new Citizen(gateway, gateway.CreateClient(key));
    }

    /// <summary>Creates an intent and answers its id and checkout link (path and query).</summary>
    public async Task<(string Id, string CheckoutPath)> CreateIntentAsync(PaymentIntents? body = null)
    {
        var intent = await Portal.CreateIntentOkAsync(body ?? PaymentIntents.Valid());
        return (intent.Str("id"), new Uri(intent.Str("checkout_url")).PathAndQuery);
    }

    /// <summary>Opens the checkout link (which moves the secret into a cookie) and answers the page it leads to.</summary>
    public async Task<string> OpenCheckoutAsync(string checkoutPath)
    {
        using var first = await Http.GetAsync(checkoutPath);
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        return await PageAsync(first.Headers.Location!.OriginalString);
    }

    public Task<string> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK) => PageForms.PageAsync(Http, path, expected);

    /// <summary>Posts a page's form with its own antiforgery token, as a browser would.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string html, string action, params (string Name, string Value)[] fields) =>
        PageForms.SubmitAsync(Http, html, action, fields);

    public void Dispose()
    {
        Http.Dispose();
        Portal.Dispose();
    }
}
