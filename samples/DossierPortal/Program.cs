using DossierPortal.Dossiers;
using DossierPortal.Pages;
using DossierPortal.Payments;
using Microsoft.Extensions.Options;
using PayGov.Client;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddOptions<PayGovSettings>().BindConfiguration(PayGovSettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<DossierStore>();
builder.Services.AddSingleton(sp => new WebhookSecrets(sp.GetRequiredService<IOptions<PayGovSettings>>().Value.WebhookSecret));
builder.Services.AddSingleton(sp =>
{
    var settings = sp.GetRequiredService<IOptions<PayGovSettings>>().Value;
    return new PayGovClient(new PayGovClientOptions { ApiKey = settings.ApiKey, BaseUrl = settings.BaseUrl }, timeProvider: sp.GetRequiredService<TimeProvider>());
});
builder.Services.AddHostedService<WebhookRegistration>();

var app = builder.Build();
app.MapPages();
app.MapPayments();
app.MapPayGovWebhooks();
await app.RunAsync();
