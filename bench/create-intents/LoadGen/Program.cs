using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

// A small HTTP load generator for bench/create-intents.
//
//   --mode open    constant arrival rate (--rate req/s): request i is due at start + i/rate whether or not
//                  earlier ones have answered, and its latency is measured from that scheduled time, so a
//                  stalled server cannot hide its queueing from the figures (no coordinated omission).
//   --mode closed  --connections workers, each sending its next request when the previous one answers.
//
// Every request carries its own Idempotency-Key (--key-prefix + sequence number). The first --warmup seconds
// are sent but left out of the figures; after the schedule ends every outstanding request is awaited, so the
// status counts cover every request that was sent (the benchmark compares them with the database's rows).
var options = Options.Parse(args);
using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Connections,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    UseProxy = false,
    UseCookies = false,
    AutomaticDecompression = DecompressionMethods.None,
};
using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
var body = options.BodyFile is null ? [] : await File.ReadAllBytesAsync(options.BodyFile);
var runner = new Runner(client, options, body);
var result = options.Mode == "open" ? await runner.RunOpenAsync() : await runner.RunClosedAsync();
Console.WriteLine(result.Format(options));
return 0;

internal sealed record Options(
    string Mode, Uri Url, HttpMethod Method, string? BodyFile, IReadOnlyList<(string Name, string Value)> Headers,
    string KeyPrefix, double Rate, int Connections, double Warmup, double Duration)
{
    public static Options Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var headers = new List<(string, string)>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--header")
            {
                var colon = args[i + 1].IndexOf(':', StringComparison.Ordinal);
                headers.Add((args[i + 1][..colon].Trim(), args[i + 1][(colon + 1)..].Trim()));
            }
            else
            {
                values[args[i].TrimStart('-')] = args[i + 1];
            }
        }

        string Get(string name, string fallback) => values.TryGetValue(name, out var v) ? v : fallback;
        double Number(string name, string fallback) => double.Parse(Get(name, fallback), CultureInfo.InvariantCulture);
        return new Options(
            Get("mode", "open"),
            new Uri(values.TryGetValue("url", out var url) ? url : throw new ArgumentException("--url is required")),
            new HttpMethod(Get("method", "POST")),
            values.GetValueOrDefault("body-file"),
            headers,
            Get("key-prefix", $"lg-{Guid.CreateVersion7():N}-"),
            Number("rate", "100"),
            (int)Number("connections", "32"),
            Number("warmup", "3"),
            Number("duration", "15"));
    }
}

internal sealed class Runner(HttpClient client, Options options, byte[] body)
{
    private static readonly double TicksPerMs = Stopwatch.Frequency / 1000.0;

    public async Task<Result> RunOpenAsync()
    {
        var total = (long)Math.Ceiling(options.Rate * (options.Warmup + options.Duration));
        var interval = Stopwatch.Frequency / options.Rate;
        var samples = new Sample[total];
        var tasks = new Task[total];
        var start = Stopwatch.GetTimestamp();
        var measuredFrom = start + (long)(options.Warmup * Stopwatch.Frequency);
        var late = 0L;
        for (var i = 0L; i < total; i++)
        {
            var due = start + (long)(i * interval);
            while (Stopwatch.GetTimestamp() < due)
            {
                // ~1 ms timer resolution; the time spent late is charged to the request, as it should be.
                await Task.Delay(1);
            }

            if (Stopwatch.GetTimestamp() - due > TicksPerMs * 5)
            {
                late++;
            }

            var index = i;
            tasks[i] = Task.Run(async () => samples[index] = await SendAsync(index, due));
        }

        var sentAt = Stopwatch.GetTimestamp();
        await Task.WhenAll(tasks);
        var elapsed = (double)(sentAt - measuredFrom) / Stopwatch.Frequency;
        return Result.From(samples, s => s.Due >= measuredFrom, elapsed, late);
    }

    public async Task<Result> RunClosedAsync()
    {
        var start = Stopwatch.GetTimestamp();
        var measuredFrom = start + (long)(options.Warmup * Stopwatch.Frequency);
        var end = measuredFrom + (long)(options.Duration * Stopwatch.Frequency);
        var sequence = -1L;
        var workers = Enumerable.Range(0, options.Connections).Select(_ => Task.Run(async () =>
        {
            var mine = new List<Sample>();
            while (Stopwatch.GetTimestamp() < end)
            {
                mine.Add(await SendAsync(Interlocked.Increment(ref sequence), Stopwatch.GetTimestamp()));
            }

            return mine;
        })).ToArray();
        var samples = (await Task.WhenAll(workers)).SelectMany(s => s).ToArray();
        return Result.From(samples, s => s.Due >= measuredFrom && s.Done <= end, options.Duration, 0);
    }

    private async Task<Sample> SendAsync(long sequence, long due)
    {
        using var request = new HttpRequestMessage(options.Method, options.Url);
        if (options.Method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        }

        foreach (var (name, value) in options.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.TryAddWithoutValidation("Idempotency-Key", options.KeyPrefix + sequence.ToString(CultureInfo.InvariantCulture));
        int status;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            status = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            status = 0;
        }

        return new Sample(due, Stopwatch.GetTimestamp(), status);
    }
}

internal readonly record struct Sample(long Due, long Done, int Status);

internal sealed record Result(long Sent, IReadOnlyDictionary<int, long> Statuses, long Measured, double Rps, double[] Percentiles, double MaxMs, long Late)
{
    public static readonly double[] Quantiles = [0.50, 0.90, 0.99, 0.999];

    public static Result From(Sample[] samples, Func<Sample, bool> measured, double seconds, long late)
    {
        var statuses = samples.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.LongCount());
        var latencies = samples.Where(measured).Select(s => (s.Done - s.Due) * 1000.0 / Stopwatch.Frequency).ToArray();
        Array.Sort(latencies);
        double At(double q) => latencies.Length == 0 ? double.NaN : latencies[Math.Max(0, (int)Math.Ceiling(q * latencies.Length) - 1)];
        return new Result(
            samples.Length, statuses, latencies.Length, latencies.Length / seconds,
            [.. Quantiles.Select(At)], latencies.Length == 0 ? double.NaN : latencies[^1], late);
    }

    public string Format(Options options)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.Append(inv, $"RESULT mode={options.Mode} target_rps={(options.Mode == "open" ? options.Rate : 0):0} sent={Sent} measured={Measured} rps={Rps:0.0}");
        text.Append(inv, $" p50_ms={Percentiles[0]:0.00} p90_ms={Percentiles[1]:0.00} p99_ms={Percentiles[2]:0.00} p999_ms={Percentiles[3]:0.00} max_ms={MaxMs:0.00}");
        var ok = Statuses.Where(s => s.Key is >= 200 and < 300).Sum(s => s.Value);
        text.Append(inv, $" s201={Statuses.GetValueOrDefault(201)} s2xx={ok} non2xx={Sent - ok} errors={Statuses.GetValueOrDefault(0)} late_dispatch={Late}");
        text.Append(inv, $" statuses={string.Join(',', Statuses.OrderBy(s => s.Key).Select(s => string.Create(inv, $"{s.Key}:{s.Value}")))}");
        return text.ToString();
    }
}
