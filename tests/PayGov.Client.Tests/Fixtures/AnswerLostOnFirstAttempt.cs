namespace PayGov.Client.Tests.Fixtures;

/// <summary>
/// The first attempt reaches the gateway and is processed there, then the connection breaks before the client reads
/// the answer: the case where the client cannot know whether its POST took effect.
/// </summary>
public sealed class AnswerLostOnFirstAttempt : AttemptRecorder
{
    protected override async Task<HttpResponseMessage> AnswerAsync(int attempt, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await ForwardAsync(request, cancellationToken);
        if (attempt > 1)
        {
            return response;
        }

        response.Dispose();
        throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection broke after the gateway answered.");
    }
}
