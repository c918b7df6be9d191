using System.Text.RegularExpressions;

namespace PayGov.Providers.Tests;

public class MerchantReferenceTests
{
    private static readonly Regex MoMoOrderIdPattern = new("^[0-9a-zA-Z]([-_.]*[0-9a-zA-Z]+)*$");

    [Fact]
    public void Starts_with_the_gmt7_date_even_when_utc_is_still_the_day_before()
    {
        var now = new DateTimeOffset(2025, 3, 14, 17, 30, 0, TimeSpan.Zero);

        var reference = MerchantReference.Create(now);

        Assert.StartsWith("250315_", reference, StringComparison.Ordinal);
    }

    [Fact]
    public void Fits_every_provider_field_including_vnpay_request_id()
    {
        var reference = MerchantReference.Create(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.FromHours(7)));

        Assert.True(MerchantReference.IsValid(reference));
        Assert.Equal(25, reference.Length);
        Assert.InRange(reference.Length, 1, 32);
        Assert.Matches(MoMoOrderIdPattern, reference);
        Assert.All(reference, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c == '_'));
    }

    [Fact]
    public void References_made_later_sort_later_and_never_repeat()
    {
        var start = new DateTimeOffset(2025, 3, 14, 2, 0, 0, TimeSpan.Zero);

        var references = Enumerable.Range(0, 200).Select(i => MerchantReference.Create(start.AddMilliseconds(i))).ToList();

        Assert.Equal(references, references.Order(StringComparer.Ordinal));
        Assert.Equal(references.Count, references.Distinct().Count());
    }

    [Theory]
    [InlineData("250314_01JPC4T6V8W0Y1ABCD", true)]
    [InlineData("250314_01JPC4T6V8W0Y1ABCD_", false)]
    [InlineData("251399_01JPC4T6V8W0Y1ABCD", false)]
    [InlineData("250314-01JPC4T6V8W0Y1ABCD", false)]
    [InlineData("250314_01JPC4T6V8W0Y1AB.CD", false)]
    [InlineData("250314_0123456789012345678901234567890123", false)]
    [InlineData(null, false)]
    public void Shape_is_checked(string? reference, bool valid)
    {
        Assert.Equal(valid, MerchantReference.IsValid(reference));
    }

    [Fact]
    public void Gives_back_the_instant_it_was_made_from_to_the_millisecond()
    {
        var now = new DateTimeOffset(2025, 3, 14, 9, 26, 53, 417, TimeSpan.FromHours(7));

        var read = MerchantReference.TryReadCreatedAt(MerchantReference.Create(now), out var createdAt);

        Assert.True(read);
        Assert.Equal(now, createdAt);
    }

    [Theory]
    [InlineData("250314_01JPC4T6V8W0Y1ABCD")]
    [InlineData("PGR20250314140000B7")]
    [InlineData("250314_SHORT")]
    [InlineData(null)]
    public void Does_not_read_an_instant_from_a_reference_whose_date_prefix_disagrees_or_that_is_not_ours(string? reference)
    {
        var read = MerchantReference.TryReadCreatedAt(reference, out _);

        Assert.False(read);
    }
}
