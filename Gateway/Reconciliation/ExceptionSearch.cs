namespace PayGov.Gateway.Reconciliation;

/// <summary>What the queue page asks for: the API's filters that a person uses, an order, and a page number from 1.</summary>
public sealed record ExceptionSearch(DateOnly? BusinessDay, string? Type, string? Provider, ExceptionStatus? Status, ExceptionSort Sort, int PageNumber)
{
    public const int PageSize = 25;
}
