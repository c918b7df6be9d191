namespace PayGov.Gateway.Payments;

/// <summary>The wire shape of a payment intent, as portals and webhook events see it.</summary>
public sealed record PaymentIntentResponse
{
    public required string Id { get; init; }

    public string Object => "payment_intent";

    public required string PortalId { get; init; }

    public bool Livemode { get; init; }

    public required string Reference { get; init; }

    public string? Description { get; init; }

    public long Amount { get; init; }

    public required string Currency { get; init; }

    public required IReadOnlyList<FeeItemResponse> FeeItems { get; init; }

    public PayerResponse? Payer { get; init; }

    public string? ReturnUrl { get; init; }

    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public required string Status { get; init; }

    public long AmountRefunded { get; init; }

    public string? Provider { get; init; }

    public string? Method { get; init; }

    public required string ClientSecret { get; init; }

    public required string CheckoutUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? SucceededAt { get; init; }

    public DateTimeOffset? CanceledAt { get; init; }

    public string? CancellationReason { get; init; }

    /// <summary>Grows by one with every change, so a portal can drop an older copy it receives later.</summary>
    public int Sequence { get; init; }

    public static PaymentIntentResponse From(PaymentIntent intent, Uri publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(intent);
        return new PaymentIntentResponse
        {
            Id = intent.Id,
            PortalId = intent.PortalId,
            Livemode = intent.Livemode,
            Reference = intent.Reference,
            Description = intent.Description,
            Amount = intent.Amount,
            Currency = PaymentIntent.Currency,
            FeeItems = intent.FeeItems.OrderBy(i => i.ItemNo).Select(FeeItemResponse.From).ToList(),
            Payer = (intent.PayerName ?? intent.PayerEmail ?? intent.PayerPhone) is null
                ? null
                : new PayerResponse(intent.PayerName, intent.PayerEmail, intent.PayerPhone),
            ReturnUrl = intent.ReturnUrl,
            Metadata = intent.Metadata,
            Status = intent.Status.ToWire(),
            AmountRefunded = intent.AmountRefunded,
            Provider = intent.Provider,
            Method = intent.Method,
            ClientSecret = intent.ClientSecret,
            CheckoutUrl = new Uri(publicBaseUrl, $"pay/{intent.Id}?cs={intent.ClientSecret}").ToString(),
            CreatedAt = intent.CreatedAt,
            ExpiresAt = intent.ExpiresAt,
            SucceededAt = intent.SucceededAt,
            CanceledAt = intent.CanceledAt,
            CancellationReason = intent.CancellationReason,
            Sequence = intent.Version,
        };
    }

    /// <summary>A fee item on the wire.</summary>
    public sealed record FeeItemResponse(string Code, string Name, long Amount, BudgetResponse Budget)
    {
        public static FeeItemResponse From(FeeItem item) =>
            new(item.Code, item.Name, item.Amount, new BudgetResponse(
                item.Budget.TreasuryCode,
                item.Budget.BudgetChapter,
                item.Budget.BudgetSubItem,
                item.Budget.RevenueAgency,
                item.Budget.AreaCode));
    }

    /// <summary>Budget codes on the wire.</summary>
    public sealed record BudgetResponse(string TreasuryCode, string BudgetChapter, string BudgetSubItem, string RevenueAgency, string AreaCode);

    /// <summary>Payer details on the wire.</summary>
    public sealed record PayerResponse(string? Name, string? Email, string? Phone);
}
