using System.Text;
using Npgsql;

// The two ceilings of bench/create-intents, served by the same ASP.NET Core stack as the gateway:
//   GET|POST /constant  a fixed small JSON answer: what HTTP + Kestrel + the load tool can do on this machine;
//   POST /insert        one raw single-row INSERT through a pooled NpgsqlDataSource (autocommit, fsync on):
//                       what one durable commit per request can do on the same PostgreSQL server.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connectionString = builder.Configuration.GetConnectionString("Postgres")
    ?? throw new InvalidOperationException("Set ConnectionStrings__Postgres.");
var dataSource = NpgsqlDataSource.Create(connectionString);
builder.Services.AddSingleton(dataSource);
var app = builder.Build();

await using (var create = dataSource.CreateCommand("""
    CREATE TABLE IF NOT EXISTS bench_insert (
        id text PRIMARY KEY,
        idempotency_key text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now())
    """))
{
    await create.ExecuteNonQueryAsync();
}

var constant = """{"object":"constant","ok":true}"""u8.ToArray();
app.MapGet("/constant", () => Results.Bytes(constant, "application/json"));
app.MapPost("/constant", () => Results.Bytes(constant, "application/json"));

app.MapPost("/insert", async (HttpRequest request, NpgsqlDataSource db, CancellationToken cancellationToken) =>
{
    using var reader = new StreamReader(request.Body, Encoding.UTF8);
    var body = await reader.ReadToEndAsync(cancellationToken);
    var id = $"bi_{Guid.CreateVersion7():N}";
    await using var insert = db.CreateCommand("INSERT INTO bench_insert (id, idempotency_key, body) VALUES ($1, $2, $3)");
    insert.Parameters.Add(new NpgsqlParameter { Value = id });
    insert.Parameters.Add(new NpgsqlParameter { Value = request.Headers["Idempotency-Key"].ToString() });
    insert.Parameters.Add(new NpgsqlParameter { Value = body });
    await insert.ExecuteNonQueryAsync(cancellationToken);
    return Results.Json(new { id }, statusCode: StatusCodes.Status201Created);
});

await app.RunAsync();
