using PayGov.Client.Infrastructure;

namespace PayGov.Client.Refunds;

/// <summary>Filter and cursor of <see cref="RefundService.ListAsync"/>.</summary>
public sealed class RefundListOptions : ListOptions
{
    /// <summary>Gets the payment intent whose refunds to list, or <see langword="null"/> for all of the portal's refunds.</summary>
    public string? PaymentIntent { get; init; }

    internal override void AddFilters(QueryBuilder query) => query.Add("payment_intent", PaymentIntent);
}
