using System.Net.Http.Headers;
using System.Text;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Small HTTP conveniences for the portal API; requests go over real sockets.</summary>
public static class Api
{
    public static Task<HttpResponseMessage> CreateIntentAsync(this HttpClient client, PaymentIntents body, string? idempotencyKey = null) =>
        client.PostRawAsync("/v1/payment_intents", body.ToJson(), idempotencyKey ?? Guid.NewGuid().ToString());

    public static async Task<JsonElement> CreateIntentOkAsync(this HttpClient client, PaymentIntents? body = null)
    {
        using var response = await client.CreateIntentAsync(body ?? PaymentIntents.Valid());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    public static Task<HttpResponseMessage> PostRawAsync(
        this HttpClient client, string path, string? body, string? idempotencyKey, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> SimulateAsync(this HttpClient client, string intentId, string provider, string outcome) =>
        client.PostRawAsync(
            $"/v1/test_helpers/payment_intents/{intentId}/simulate_payment",
            new System.Text.Json.Nodes.JsonObject { ["provider"] = provider, ["outcome"] = outcome }.ToJsonString(),
            idempotencyKey: null);

    /// <summary>simulate_payment with a method: routed as a citizen's choice is.</summary>
    public static Task<HttpResponseMessage> SimulateMethodAsync(this HttpClient client, string intentId, string method, string outcome) =>
        client.PostRawAsync(
            $"/v1/test_helpers/payment_intents/{intentId}/simulate_payment",
            new System.Text.Json.Nodes.JsonObject { ["method"] = method, ["outcome"] = outcome }.ToJsonString(),
            idempotencyKey: null);

    /// <summary>The types of one object's events, in the order of its sequence.</summary>
    public static async Task<List<string>> EventTypesOfAsync(this HttpClient client, string objectId)
    {
        var events = await client.GetJsonAsync($"/v1/events?object_id={objectId}&limit=100");
        return events.GetProperty("data").EnumerateArray()
            .OrderBy(e => e.GetProperty("data").GetProperty("sequence").GetInt32())
            .Select(e => e.Str("type"))
            .ToList();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and machine code (never its prose).</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code, string? param = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status} {code}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        if (param is not null)
        {
            Assert.Equal(param, problem.GetProperty("param").GetString());
        }

        return problem.Clone();
    }

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;
}
