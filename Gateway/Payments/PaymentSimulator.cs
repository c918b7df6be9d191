using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Infrastructure.Auth;
using PayGov.Gateway.Sandbox;
using PayGov.Gateway.Storage;
using PayGov.Providers;
using PayGov.Providers.Sandbox;

namespace PayGov.Gateway.Payments;

/// <summary>
/// Test mode's <c>simulate_payment</c> (DESIGN §5): starts a real attempt at the provider's in-process sandbox
/// over HTTP, then presses the sandbox's "pay" or "decline" over HTTP, so the sandbox sends its signed callback
/// to this gateway exactly as the provider would.
/// </summary>
public sealed class PaymentSimulator(
    PayGovDbContext db,
    PaymentAttemptService attempts,
    IOptions<PayGovOptions> urls,
    IHttpClientFactory httpClientFactory,
    EmbeddedSandbox sandbox)
{
    public async Task<Result<PaymentIntent>> SimulateAsync(
        AuthenticatedPortal portal, string id, SimulatePaymentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(request);
        if (portal.Livemode)
        {
            return new ApiError(ErrorCodes.TestModeOnly, "Payments can only be simulated with a test key.");
        }

        if (!sandbox.IsEnabled)
        {
            return new ApiError(ErrorCodes.ProviderUnavailable, "The provider sandboxes are not enabled on this gateway.");
        }

        AttemptChoice choice;
        if (request.ParsedProvider() is { } named)
        {
            if (attempts.Provider(named) is not { } provider)
            {
                return new ApiError(ErrorCodes.ProviderUnavailable, $"The {named.ToWireName()} sandbox is not enabled on this gateway.", "provider");
            }

            choice = new AttemptChoice(PaymentAttemptService.DefaultMethodOf(provider), Only: named);
        }
        else
        {
            choice = new AttemptChoice(request.ParsedMethod()!.Value);
        }

        if (!await db.PaymentIntents.AnyAsync(p => p.Id == id && p.PortalId == portal.PortalId && p.Livemode == portal.Livemode, cancellationToken))
        {
            return new ApiError(ErrorCodes.ResourceMissing, $"No payment intent '{id}'.", "id");
        }

        var started = await attempts.StartAsync(id, choice, null, cancellationToken);
        if (!started.IsSuccess)
        {
            return started.Error;
        }

        var attempt = started.Value;
        var providerId = ProviderIdExtensions.TryParseWireName(attempt.Provider, out var startedAt) ? startedAt : throw new InvalidOperationException("Unknown provider " + attempt.Provider);
        var http = httpClientFactory.CreateClient(PaymentProvidersServiceCollectionExtensions.SandboxHttpClientName);
        if (attempt.RedirectUrl is { } page)
        {
            // The citizen's browser opens the provider's page first; VNPAY hears of a payment only then (vnpay.md §3).
            using var opened = await http.GetAsync(new Uri(page), cancellationToken);
            opened.EnsureSuccessStatusCode();
        }

        // The bank's sandbox is the bank holding the collection account, mounted as "bank"; its app scans the attempt's QR.
        var prefix = providerId == ProviderId.BankTransfer ? SandboxEndpointRouteBuilderExtensions.BankPrefix : providerId.ToWireName();
        var complete = new Uri(EmbeddedSandbox.PrefixOf(urls.Value.PublicBaseUrl, prefix), $"pay/{Uri.EscapeDataString(attempt.ProviderReference)}/complete");
        using (var response = await http.PostAsJsonAsync(complete, new SandboxCompletionRequest(request.Outcome, attempt.QrPayload), cancellationToken))
        {
            response.EnsureSuccessStatusCode();
        }

        if (providerId == ProviderId.ZaloPay && request.Outcome == SimulatePaymentRequest.Failed)
        {
            // ZaloPay calls back only for payments (zalopay.md §4): a decline is learnt by asking it.
            await attempts.SettleAsync(attempt, cancellationToken);
        }

        db.ChangeTracker.Clear();
        return await db.PaymentIntents.AsNoTracking().FirstAsync(p => p.Id == attempt.IntentId, cancellationToken);
    }
}
