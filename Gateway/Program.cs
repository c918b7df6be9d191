using PayGov.Gateway;
using PayGov.Gateway.Cli;

var builder = WebApplication.CreateBuilder(args);
builder.AddPayGov();
var app = builder.Build();

if (GatewayCli.IsCommand(args))
{
    return await GatewayCli.RunAsync(app.Services, args, Console.Out, CancellationToken.None);
}

await app.PrepareAsync(Console.Out, app.Lifetime.ApplicationStopping);
app.MapPayGov();
await app.RunAsync();
return 0;

/// <summary>The gateway's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
