using PayGov.Client.Infrastructure;

namespace PayGov.Client.PaymentIntents;

/// <summary>Filters and cursor of <see cref="PaymentIntentService.ListAsync"/>; every filter is optional.</summary>
public sealed class PaymentIntentListOptions : ListOptions
{
    /// <summary>Gets the status to list, or <see langword="null"/> for all. <see cref="PaymentIntentStatus.Unknown"/> cannot be listed.</summary>
    public PaymentIntentStatus? Status { get; init; }

    /// <summary>Gets the portal reference to match exactly, or <see langword="null"/>.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets the earliest creation time included, or <see langword="null"/>.</summary>
    public DateTimeOffset? CreatedGte { get; init; }

    /// <summary>Gets the creation time before which intents are included, or <see langword="null"/>.</summary>
    public DateTimeOffset? CreatedLt { get; init; }

    internal override void AddFilters(QueryBuilder query)
    {
        if (Status is { } status)
        {
            query.Add("status", WireEnumJsonConverter<PaymentIntentStatus>.ToWire(status));
        }

        query.Add("reference", Reference);
        query.Add("created_gte", CreatedGte);
        query.Add("created_lt", CreatedLt);
    }
}
