using Microsoft.AspNetCore.Builder;
using PayGov.Providers.Sandbox;

// The sandbox as its own process: every provider under /sandbox, listening where --urls says.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPaymentSandboxes();

var app = builder.Build();
app.MapPaymentSandboxes("/sandbox");
app.Run();

// Internal: the Gateway references this assembly to mount the sandboxes, and its own Program is the public one.
internal partial class Program;
