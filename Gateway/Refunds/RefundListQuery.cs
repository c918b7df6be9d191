using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Refunds;

/// <summary>The filters of <c>GET /v1/refunds</c>.</summary>
public sealed record RefundListQuery(PageQuery Page, string? PaymentIntent)
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal) { "payment_intent" };

    public static Result<RefundListQuery> Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (PageQuery.RejectUnknown(query, Known) is { } unknown)
        {
            return unknown;
        }

        var page = PageQuery.Parse(query, Ids.Refund);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        var intent = query.TryGetValue("payment_intent", out var rawIntent) ? rawIntent.ToString() : null;
        return intent is not null && !Ids.HasPrefix(intent, Ids.PaymentIntent)
            ? new ApiError(ErrorCodes.ParameterInvalid, $"'payment_intent' must be an id starting with '{Ids.PaymentIntent}_'.", "payment_intent")
            : new RefundListQuery(page.Value, intent);
    }
}
