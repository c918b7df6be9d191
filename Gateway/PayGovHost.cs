using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PayGov.Gateway.Checkout;
using PayGov.Gateway.Events;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Infrastructure.Coordination;
using PayGov.Gateway.Infrastructure.RateLimiting;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Portals;
using PayGov.Gateway.Receipts;
using PayGov.Gateway.Refunds;
using PayGov.Gateway.Routing;
using PayGov.Gateway.Sandbox;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Storage;
using PayGov.Gateway.Treasury;
using PayGov.Gateway.Web;
using PayGov.Gateway.Webhooks;
using PayGov.Providers.Sandbox;
using Scalar.AspNetCore;

namespace PayGov.Gateway;

/// <summary>The composition root: which features the gateway has, and where they are mounted.</summary>
public static class PayGovHost
{
    public const string TraceIdHeader = "PayGov-Trace-Id";

    public static WebApplicationBuilder AddPayGov(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]))
        {
            // The README's address; --urls or ASPNETCORE_URLS (a container) choose another.
            builder.WebHost.UseUrls("http://localhost:5080");
        }

        services.AddSingleton(TimeProvider.System);
        services.AddOptions<PayGovOptions>().BindConfiguration(PayGovOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.ConfigureHttpJsonOptions(options => PayGovJson.Configure(options.SerializerOptions));
        services.AddPayGovProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddTreasuryCookie();
        services.AddAuthorizationBuilder().AddTreasuryPolicies();
        services.AddMemoryCache();
        services.AddOptions<ApiKeyLookupOptions>().BindConfiguration(ApiKeyLookupOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddStorage(configuration);
        services.AddCoordination(configuration);
        services.AddPortals();
        services.AddEvents();
        services.AddPayments();
        services.AddRefunds();
        services.AddPaymentProviders(configuration);
        services.AddPaymentRouting(configuration);
        services.AddWebhooks();
        services.AddPages();
        services.AddCheckout();
        services.AddTreasury();
        services.AddReconciliationRuns(configuration);
        return builder;
    }

    public static WebApplication MapPayGov(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            // Every answer names its trace, so a portal can quote one for a 200 that looked wrong too.
            context.Response.Headers[TraceIdHeader] = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        var v1 = app.MapGroup("/v1")
            .RequireAuthorization()
            .AddEndpointFilter<RateLimitFilter>();
        v1.MapPaymentIntents();
        v1.MapRefunds();
        v1.MapEvents();
        v1.MapWebhooks();
        v1.MapTestHelpers();
        app.MapTreasurySession();
        app.MapReconciliationApi();
        app.MapProviderCallbacks();
        app.MapPageAssets();
        app.MapCheckout();
        app.MapReceipts();
        app.MapTreasuryPages();
        app.MapDashboardPage();
        app.MapExceptionPages();
        app.MapReportPages();
        if (app.Services.GetRequiredService<EmbeddedSandbox>().IsEnabled)
        {
            app.MapPaymentSandboxes(EmbeddedSandbox.Root);
        }

        app.MapOpenApi();
        app.MapScalarApiReference("/docs");
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        return app;
    }

    /// <summary>Applies migrations and, in the embedded default, prints the demo portal's key and treasury accounts.</summary>
    public static async Task PrepareAsync(this WebApplication app, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(output);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var demo = scope.ServiceProvider.GetRequiredService<DemoPortal>();
        if (demo.IsEnabled)
        {
            var key = await demo.EnsureAsync(cancellationToken);
            var demoUsers = scope.ServiceProvider.GetRequiredService<DemoTreasuryUsers>();
            var accounts = demoUsers.IsEnabled ? await demoUsers.EnsureAsync(cancellationToken) : [];
            var treasury = string.Join(Environment.NewLine + "  ", accounts.Select(a => $"Demo treasury {a.Role.ToWire()}: {a.Username} / {a.Password}"));
            await output.WriteLineAsync($"""

                  PayGov gateway (embedded default: SQLite, in-process coordination)
                  Demo portal '{DemoPortalOptions.PortalId}' test key: {key}
                  {treasury}
                  Treasury pages: /treasury    API reference: /docs    OpenAPI: /openapi/v1.json

                """);
        }
    }
}
