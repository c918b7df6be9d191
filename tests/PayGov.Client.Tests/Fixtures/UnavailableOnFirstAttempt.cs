using System.Text;

namespace PayGov.Client.Tests.Fixtures;

/// <summary>A load balancer answers 503 to the first attempt without passing it on, as when a node is draining.</summary>
public sealed class UnavailableOnFirstAttempt : AttemptRecorder
{
    protected override Task<HttpResponseMessage> AnswerAsync(int attempt, HttpRequestMessage request, CancellationToken cancellationToken) =>
        attempt > 1
            ? ForwardAsync(request, cancellationToken)
            : Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                Content = new StringContent("<html><body>503 Service Temporarily Unavailable</body></html>", Encoding.UTF8, "text/html"),
            });
}
