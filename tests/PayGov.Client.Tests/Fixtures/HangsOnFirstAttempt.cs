namespace PayGov.Client.Tests.Fixtures;

/// <summary>The first attempt never gets an answer (a half-open connection); later ones reach the gateway.</summary>
public sealed class HangsOnFirstAttempt : AttemptRecorder
{
    protected override async Task<HttpResponseMessage> AnswerAsync(int attempt, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (attempt == 1)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        }

        return await ForwardAsync(request, cancellationToken);
    }
}
