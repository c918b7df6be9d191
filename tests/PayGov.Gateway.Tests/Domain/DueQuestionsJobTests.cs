using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Tests.Domain;

public sealed class DueQuestionsJobTests
{
    [Fact]
    public async Task An_item_that_fails_is_logged_with_its_id_and_the_rest_of_the_batch_is_still_settled()
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var logs = new FakeLogger<QuestionsAbout>();
        var job = new QuestionsAbout(services.GetRequiredService<IServiceScopeFactory>(), logs, ["first", "broken", "last"]);

        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(["first", "last"], job.Settled);
        var failure = Assert.Single(logs.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("broken", failure.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.Exception);
    }

    /// <summary>A job over plain names, one of which cannot be settled.</summary>
    public sealed class QuestionsAbout(IServiceScopeFactory scopes, ILogger logger, List<string> due)
        : DueQuestionsJob<string>(scopes, TimeProvider.System, logger)
    {
        public List<string> Settled { get; } = [];

        protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

        protected override Task<List<string>> DueAsync(IServiceProvider services, int limit, CancellationToken cancellationToken) => Task.FromResult(due);

        protected override Task SettleAsync(IServiceProvider services, string item, CancellationToken cancellationToken)
        {
            if (item == "broken")
            {
                throw new InvalidOperationException("The provider's answer did not parse.");
            }

            Settled.Add(item);
            return Task.CompletedTask;
        }

        protected override string IdOf(string item) => item;
    }
}
