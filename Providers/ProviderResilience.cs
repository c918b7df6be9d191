using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PayGov.Providers;

/// <summary>
/// The one resilience pipeline of every provider client (STYLE "Resilience"), outermost first: total timeout,
/// retry, circuit breaker, attempt timeout. Only requests marked <see cref="Idempotent"/> are retried: a create
/// or a refund sent twice could take money twice.
/// </summary>
internal static class ProviderResilience
{
    /// <summary>Set on a request that may be sent again without effect (queries).</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("PayGov.Providers.Idempotent");

    /// <param name="builder">The handler's pipeline builder.</param>
    /// <param name="options">The validated numbers.</param>
    /// <param name="timeProvider">The app's clock, so tests can drive the strategies' time.</param>
    /// <param name="breakerState">Where routing and health read the breaker's state (DESIGN §6 "Routing"); <see langword="null"/> when nobody reads it.</param>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ProviderResilienceOptions options, TimeProvider timeProvider, CircuitBreakerStateProvider? breakerState)
    {
        builder.TimeProvider = timeProvider;
        builder.AddTimeout(new TimeoutStrategyOptions { Name = "total_timeout", Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            // Polly refuses a retry strategy of zero attempts; zero means no retry strategy at all.
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                Name = "retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(IsIdempotent(args.Context) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
            });
        }

        builder
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                Name = "circuit_breaker",
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.BreakerSamplingDuration,
                BreakDuration = options.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome)),
                StateProvider = breakerState,
            })
            .AddTimeout(new TimeoutStrategyOptions { Name = "attempt_timeout", Timeout = options.AttemptTimeout });
    }

    private static bool IsIdempotent(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(Idempotent, out var idempotent) && idempotent;

    // A provider's 4xx is its answer about our request, not a sign that it is down.
    private static bool IsServerFailure(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result.StatusCode: >= HttpStatusCode.InternalServerError } => true,
        _ => false,
    };
}
