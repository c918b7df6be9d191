using System.Diagnostics;
using PayGov.Bench.WebhookReceiver;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var stats = new DeliveryStats();

app.MapPost("/hooks", async (HttpRequest request) =>
{
    // Read the body as a real receiver must before it can verify the signature.
    using var reader = new StreamReader(request.Body);
    await reader.ReadToEndAsync();
    stats.Record(Stopwatch.GetTimestamp());
    return Results.Ok();
});
app.MapGet("/stats", () => Results.Ok(stats.Snapshot()));
app.MapPost("/reset", () =>
{
    stats.Reset();
    return Results.Ok();
});

await app.RunAsync();
