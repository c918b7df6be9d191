using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PayGov.Providers;

/// <summary>
/// Sends one provider call and turns transport failures into <see cref="ProviderUnavailableException"/> with
/// the right <see cref="ProviderApplied"/>: <c>No</c> only when the request provably never reached the provider.
/// </summary>
internal static class ProviderTransport
{
    /// <param name="http">The typed client, with the provider's resilience pipeline.</param>
    /// <param name="request">The request; disposed by the caller.</param>
    /// <param name="providerId">The provider called.</param>
    /// <param name="appliedIfSent">What a failure after sending means: <c>Unknown</c> for creates and refunds, <c>No</c> for queries.</param>
    /// <param name="callTimeout">The caller's per-call limit, if any.</param>
    /// <param name="timeProvider">The clock of the per-call limit.</param>
    /// <param name="cancellationToken">The caller's token; its cancellation is rethrown as is.</param>
    /// <returns>A response with a status below 500; the caller disposes it.</returns>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http,
        HttpRequestMessage request,
        ProviderId providerId,
        ProviderApplied appliedIfSent,
        TimeSpan? callTimeout,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        using var limit = callTimeout is { } timeout ? new CancellationTokenSource(timeout, timeProvider) : null;
        using var linked = limit is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked?.Token ?? cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // No connection was ever made, so the provider cannot have seen the request.
            throw new ProviderUnavailableException(providerId, ProviderApplied.No, "The provider could not be reached.", null, e);
        }
        catch (BrokenCircuitException e)
        {
            // The open breaker refused the call before anything was sent.
            throw new ProviderUnavailableException(providerId, ProviderApplied.No, "The provider's circuit is open.", null, e);
        }
        catch (HttpRequestException e)
        {
            throw new ProviderUnavailableException(providerId, appliedIfSent, "The connection to the provider failed after the request was sent.", null, e);
        }
        catch (Exception e) when (e is TimeoutRejectedException or OperationCanceledException)
        {
            throw new ProviderUnavailableException(providerId, appliedIfSent, "The provider did not answer in time.", null, e);
        }

        if (response.StatusCode >= HttpStatusCode.InternalServerError)
        {
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Dispose();
            throw new ProviderUnavailableException(providerId, appliedIfSent, "The provider answered with a server error.", "http_" + status);
        }

        return response;
    }
}
