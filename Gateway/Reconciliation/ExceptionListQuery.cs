using PayGov.Gateway.Infrastructure;
using PayGov.Reconciliation.Model;

namespace PayGov.Gateway.Reconciliation;

/// <summary>The filters of <c>GET /v1/reconciliation/exceptions</c>.</summary>
public sealed record ExceptionListQuery(
    PageQuery Page, DateOnly? BusinessDay, string? Type, string? Provider, string? PortalId, string? Source, ExceptionStatus? Status)
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "business_day", "type", "provider", "portal", "source", "status",
    };

    /// <summary>The exception types of the reconciliation rules (section 8), in their order there.</summary>
    public static readonly IReadOnlyList<string> Types = Enum.GetValues<ExceptionType>().Select(WireNames.Of).ToList();

    public static readonly IReadOnlyList<string> Providers = ["vnpay", "momo", "zalopay", "bank_transfer"];

    public static Result<ExceptionListQuery> Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (PageQuery.RejectUnknown(query, Known) is { } unknown)
        {
            return unknown;
        }

        var page = PageQuery.Parse(query, Ids.ReconciliationException);
        if (!page.IsSuccess)
        {
            return page.Error;
        }

        DateOnly? day = null;
        if (query.TryGetValue("business_day", out var rawDay))
        {
            var parsed = BusinessDayParameter.Parse(rawDay.ToString(), "business_day");
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            day = parsed.Value;
        }

        var type = Text(query, "type");
        if (type is not null && !Types.Contains(type))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "'type' is an exception type of the reconciliation rules (section 8).", "type");
        }

        var provider = Text(query, "provider");
        if (provider is not null && !Providers.Contains(provider))
        {
            return new ApiError(ErrorCodes.ParameterInvalid, "'provider' is vnpay, momo, zalopay or bank_transfer.", "provider");
        }

        ExceptionStatus? status = null;
        if (Text(query, "status") is { } rawStatus)
        {
            status = ReconciliationWire.StatusOf(rawStatus);
            if (status is null)
            {
                return new ApiError(ErrorCodes.ParameterInvalid, "'status' is open, pending_approval, resolved or superseded.", "status");
            }
        }

        var portal = Text(query, "portal");
        var source = Text(query, "source");
        return (TextRules.Optional(portal, "portal", 40) ?? TextRules.Optional(source, "source", 48)) is { } error
            ? error
            : new ExceptionListQuery(page.Value, day, type, provider, portal, source, status);
    }

    private static string? Text(IQueryCollection query, string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
}
