using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

// Closed loop: CONCURRENCY workers repeat one unit of work for DURATION seconds, then print units per second.
//   create  POST /v1/payment_intents                                  (the baseline)
//   pay     create → simulate_payment (start at the sandbox over HTTP, press "pay") → the sandbox's signed
//           callback → GET until the intent is succeeded
// Usage: PaymentsDriver BASE_URL API_KEY MODE PROVIDER DURATION_S CONCURRENCY BODY_FILE
if (args.Length != 7)
{
    Console.Error.WriteLine("usage: BASE_URL API_KEY create|pay PROVIDER DURATION_S CONCURRENCY BODY_FILE");
    return 2;
}

var baseUrl = new Uri(args[0]);
var mode = args[2];
var provider = args[3];
var duration = TimeSpan.FromSeconds(int.Parse(args[4], CultureInfo.InvariantCulture));
var concurrency = int.Parse(args[5], CultureInfo.InvariantCulture);
var body = await File.ReadAllTextAsync(args[6]);
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", args[1]);

long completed = 0, failed = 0;
var latencies = new List<double>();
var clock = Stopwatch.StartNew();
var workers = Enumerable.Range(0, concurrency).Select(async worker =>
{
    var mine = new List<double>();
    while (clock.Elapsed < duration)
    {
        var started = clock.Elapsed;
        var ok = mode == "create" ? await CreateAsync() is not null : await PayAsync();
        if (ok)
        {
            Interlocked.Increment(ref completed);
            mine.Add((clock.Elapsed - started).TotalMilliseconds);
        }
        else
        {
            Interlocked.Increment(ref failed);
        }
    }

    lock (latencies)
    {
        latencies.AddRange(mine);
    }
}).ToList();
await Task.WhenAll(workers);
var seconds = clock.Elapsed.TotalSeconds;
latencies.Sort();
double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"mode={mode} provider={provider} completed={completed} failed={failed} seconds={seconds:0.0} rate={completed / seconds:0.0} p50_ms={Percentile(0.50):0.0} p99_ms={Percentile(0.99):0.0}"));
return failed == 0 ? 0 : 1;

async Task<string?> CreateAsync()
{
    using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/payment_intents") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
    using var response = await http.SendAsync(request);
    if ((int)response.StatusCode != 201)
    {
        return null;
    }

    using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
    return json.RootElement.GetProperty("id").GetString();
}

async Task<bool> PayAsync()
{
    var id = await CreateAsync();
    if (id is null)
    {
        return false;
    }

    var simulate = $$"""{"provider":"{{provider}}","outcome":"succeeded"}""";
    using (var response = await http.PostAsync($"/v1/test_helpers/payment_intents/{id}/simulate_payment", new StringContent(simulate, Encoding.UTF8, "application/json")))
    {
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }
    }

    for (var poll = 0; poll < 600; poll++)
    {
        using var response = await http.GetAsync($"/v1/payment_intents/{id}");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        var status = json.RootElement.GetProperty("status").GetString();
        if (status == "succeeded")
        {
            return true;
        }

        if (status != "processing")
        {
            return false;
        }

        await Task.Delay(5);
    }

    return false;
}
