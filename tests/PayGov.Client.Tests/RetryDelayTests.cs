using PayGov.Client.Infrastructure;

namespace PayGov.Client.Tests;

public sealed class RetryDelayTests
{
    [Theory]
    [InlineData(1, 250, 500)]
    [InlineData(2, 500, 1000)]
    [InlineData(3, 1000, 2000)]
    [InlineData(4, 2000, 4000)]
    [InlineData(5, 2500, 5000)]
    [InlineData(10, 2500, 5000)]
    public void Back_off_doubles_from_half_a_second_is_capped_at_five_and_jitters_down_to_half(int retry, int lowMs, int highMs)
    {
        for (var i = 0; i < 50; i++)
        {
            var delay = ApiRequester.RetryDelay(retry, retryAfter: null);

            Assert.InRange(delay!.Value, TimeSpan.FromMilliseconds(lowMs), TimeSpan.FromMilliseconds(highMs));
        }
    }

    [Fact]
    public void Retry_After_longer_than_the_back_off_wins()
    {
        var delay = ApiRequester.RetryDelay(1, TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void Retry_After_beyond_a_minute_is_not_waited_for()
    {
        var delay = ApiRequester.RetryDelay(1, TimeSpan.FromSeconds(61));

        Assert.Null(delay);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, null, true)]
    [InlineData(HttpStatusCode.BadGateway, null, true)]
    [InlineData(HttpStatusCode.TooManyRequests, ErrorCodes.RateLimited, true)]
    [InlineData(HttpStatusCode.Conflict, ErrorCodes.IdempotencyKeyInUse, true)]
    [InlineData(HttpStatusCode.Conflict, ErrorCodes.IntentNotCancelable, false)]
    [InlineData(HttpStatusCode.UnprocessableEntity, ErrorCodes.IdempotencyKeyReused, false)]
    [InlineData(HttpStatusCode.BadRequest, ErrorCodes.AmountInvalid, false)]
    [InlineData(HttpStatusCode.NotFound, ErrorCodes.ResourceMissing, false)]
    [InlineData(HttpStatusCode.Unauthorized, ErrorCodes.ApiKeyInvalid, false)]
    public void Only_5xx_429_and_a_key_still_in_use_are_retried(HttpStatusCode status, string? code, bool retried)
    {
        Assert.Equal(retried, ApiRequester.IsRetryable(status, code));
    }
}
