using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Payments;

/// <summary>The filters of <c>GET /v1/payment_intents</c>.</summary>
public sealed record PaymentIntentListQuery(
    PageQuery Page,
    PaymentIntentStatus? Status,
    string? Reference,
    DateTimeOffset? CreatedGte,
    DateTimeOffset? CreatedLt)
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "status", "reference", "created_gte", "created_lt",
    };

    public static Result<PaymentIntentListQuery> Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (PageQuery.RejectUnknown(query, Known) is { } unknown)
        {
            return unknown;
        }

        var page = PageQuery.Parse(query, Ids.PaymentIntent);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        PaymentIntentStatus? status = null;
        if (query.TryGetValue("status", out var rawStatus))
        {
            status = PaymentIntentStatusNames.FromWire(rawStatus.ToString());
            if (status is null)
            {
                return new ApiError(ErrorCodes.ParameterInvalid, "'status' is not a payment intent status.", "status");
            }
        }

        var reference = query.TryGetValue("reference", out var rawReference) ? rawReference.ToString() : null;
        if (TextRules.Optional(reference, "reference", 64) is { } referenceError)
        {
            return referenceError;
        }

        var createdGte = Timestamp(query, "created_gte");
        var createdLt = Timestamp(query, "created_lt");
        if (!createdGte.IsSuccess)
        {
            return createdGte.Error;
        }

        if (!createdLt.IsSuccess)
        {
            return createdLt.Error;
        }

        return new PaymentIntentListQuery(page.Value, status, reference, createdGte.Value, createdLt.Value);
    }

    private static Result<DateTimeOffset?> Timestamp(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var raw))
        {
            return Result<DateTimeOffset?>.Ok(null);
        }

        return DateTimeOffset.TryParse(raw.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var value)
            ? Result<DateTimeOffset?>.Ok(value.ToUniversalTime())
            : new ApiError(ErrorCodes.ParameterInvalid, $"'{name}' must be an ISO 8601 timestamp.", name);
    }
}
