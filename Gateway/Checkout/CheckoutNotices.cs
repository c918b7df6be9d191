using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Checkout;

/// <summary>The one mapping of <see cref="CheckoutNotice"/> to its query word and its sentence.</summary>
public static class CheckoutNotices
{
    public const string QueryName = "notice";

    public static CheckoutNotice From(ApiError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            ErrorCodes.ProviderUnavailable => CheckoutNotice.Unavailable,
            ErrorCodes.PaymentInDoubt => CheckoutNotice.InDoubt,
            _ => CheckoutNotice.Changed,
        };
    }

    public static string ToQuery(this CheckoutNotice notice) => notice switch
    {
        CheckoutNotice.Declined => "declined",
        CheckoutNotice.Unavailable => "unavailable",
        CheckoutNotice.InDoubt => "in_doubt",
        CheckoutNotice.Changed => "changed",
        _ => string.Empty,
    };

    public static CheckoutNotice Parse(string? query) => query switch
    {
        "declined" => CheckoutNotice.Declined,
        "unavailable" => CheckoutNotice.Unavailable,
        "in_doubt" => CheckoutNotice.InDoubt,
        "changed" => CheckoutNotice.Changed,
        _ => CheckoutNotice.None,
    };

    public static string? In(this CheckoutNotice notice, CheckoutText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return notice switch
        {
            CheckoutNotice.Declined => text.NoticeDeclined,
            CheckoutNotice.Unavailable => text.NoticeUnavailable,
            CheckoutNotice.InDoubt => text.NoticeInDoubt,
            CheckoutNotice.Changed => text.NoticeChanged,
            _ => null,
        };
    }
}
