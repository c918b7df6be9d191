using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;

namespace PayGov.Providers.Sandbox.Tests;

public sealed class ResiliencePipelineShapeTests
{
    [Fact]
    public void Provider_pipeline_is_total_timeout_then_retry_then_breaker_then_attempt_timeout()
    {
        var options = new ProviderResilienceOptions();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();

        ProviderResilience.Configure(builder, options, TimeProvider.System, breakerState: null);
        var descriptor = builder.Build().GetPipelineDescriptor();

        Assert.Collection(
            descriptor.Strategies,
            s => Assert.Equal(options.TotalTimeout, Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout),
            s => Assert.Equal(options.MaxRetryAttempts, Assert.IsType<RetryStrategyOptions<HttpResponseMessage>>(s.Options, exactMatch: false).MaxRetryAttempts),
            s => Assert.IsType<CircuitBreakerStrategyOptions<HttpResponseMessage>>(s.Options, exactMatch: false),
            s => Assert.Equal(options.AttemptTimeout, Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout));
    }

    [Fact]
    public void Zero_configured_retries_leave_the_retry_out_instead_of_failing_when_the_pipeline_is_built()
    {
        var options = new ProviderResilienceOptions { MaxRetryAttempts = 0 };
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();

        ProviderResilience.Configure(builder, options, TimeProvider.System, breakerState: null);
        var descriptor = builder.Build().GetPipelineDescriptor();

        Assert.Collection(
            descriptor.Strategies,
            s => Assert.Equal(options.TotalTimeout, Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout),
            s => Assert.IsType<CircuitBreakerStrategyOptions<HttpResponseMessage>>(s.Options, exactMatch: false),
            s => Assert.Equal(options.AttemptTimeout, Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout));
    }
}
