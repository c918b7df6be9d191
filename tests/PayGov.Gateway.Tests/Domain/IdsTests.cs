using Microsoft.Extensions.Time.Testing;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Tests.Domain;

public sealed class IdsTests
{
    [Fact]
    public void Ids_are_prefixed_url_safe_and_sort_by_creation_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 2, 0, 0, TimeSpan.Zero));
        var ids = new List<string>();
        for (var i = 0; i < 100; i++)
        {
            ids.Add(Ids.New(Ids.PaymentIntent, time));
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.All(ids, id => Assert.True(Ids.HasPrefix(id, Ids.PaymentIntent), id));
        Assert.All(ids, id => Assert.Equal(Uri.EscapeDataString(id), id));
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(100, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("pi_01KKN14T78EM7TGAE07BPGBPR8", "pi", true)]
    [InlineData("evt_01KKN14T78EM7TGAE07BPGBPR8", "pi", false)]
    [InlineData("pi_01KKN14T78EM7TGAE07BPGBPRU", "pi", false)]
    [InlineData("pi_01KKN14T78EM7TGAE07BPGBPR", "pi", false)]
    [InlineData("pi_01kkn14t78em7tgae07bpgbpr8", "pi", false)]
    public void HasPrefix_accepts_only_well_formed_ids(string id, string prefix, bool expected) =>
        Assert.Equal(expected, Ids.HasPrefix(id, prefix));
}
