using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Payments;

/// <summary>The body of <c>POST /v1/payment_intents</c>. Fields are nullable so a missing one gets its own error.</summary>
public sealed record CreatePaymentIntentRequest : IValidatedRequest
{
    public const int MaxFeeItems = 50;

    public long? Amount { get; init; }

    public string? Currency { get; init; }

    public string? Reference { get; init; }

    public string? Description { get; init; }

    public List<FeeItemRequest>? FeeItems { get; init; }

    public PayerRequest? Payer { get; init; }

    public string? ReturnUrl { get; init; }

    public Dictionary<string, string>? Metadata { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    public ApiError? Validate()
    {
        if (Amount is null)
        {
            return new ApiError(ErrorCodes.ParameterMissing, "'amount' is required.", "amount");
        }

        if (Amount <= 0)
        {
            return new ApiError(ErrorCodes.AmountInvalid, "'amount' must be a positive whole number of đồng.", "amount");
        }

        if (Currency is not null && Currency != PaymentIntent.Currency)
        {
            return new ApiError(ErrorCodes.CurrencyInvalid, "Only 'VND' is accepted.", "currency");
        }

        var error = TextRules.Required(Reference, "reference", 64)
            ?? TextRules.Optional(Description, "description", 500)
            ?? TextRules.Optional(ReturnUrl, "return_url", 2048)
            ?? ValidateReturnUrlShape()
            ?? ValidateFeeItems()
            ?? Payer?.Validate()
            ?? MetadataRules.Validate(Metadata);
        return error;
    }

    private ApiError? ValidateReturnUrlShape()
    {
        if (ReturnUrl is null)
        {
            return null;
        }

        return Uri.TryCreate(ReturnUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? null
            : new ApiError(ErrorCodes.ParameterInvalid, "'return_url' must be an absolute http(s) URL.", "return_url");
    }

    private ApiError? ValidateFeeItems()
    {
        if (FeeItems is null || FeeItems.Count == 0)
        {
            return new ApiError(ErrorCodes.ParameterMissing, "'fee_items' must list at least one fee.", "fee_items");
        }

        if (FeeItems.Count > MaxFeeItems)
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"'fee_items' may list at most {MaxFeeItems} fees.", "fee_items");
        }

        long total = 0;
        for (var i = 0; i < FeeItems.Count; i++)
        {
            if (FeeItems[i] is not { } item)
            {
                return new ApiError(ErrorCodes.ParameterInvalid, "A fee item must be an object.", $"fee_items[{i}]");
            }

            if (item.Validate($"fee_items[{i}]") is { } itemError)
            {
                return itemError;
            }

            // Refused before adding, so the running total never exceeds the amount and can never overflow.
            if (item.Amount > Amount - total)
            {
                return new ApiError(ErrorCodes.FeeItemsMismatch, "The fee items must add up to 'amount'.", "fee_items");
            }

            total += item.Amount!.Value;
        }

        return total == Amount
            ? null
            : new ApiError(ErrorCodes.FeeItemsMismatch, "The fee items must add up to 'amount'.", "fee_items");
    }

    /// <summary>One fee item of the request.</summary>
    public sealed record FeeItemRequest
    {
        public string? Code { get; init; }

        public string? Name { get; init; }

        public long? Amount { get; init; }

        public BudgetRequest? Budget { get; init; }

        public ApiError? Validate(string path)
        {
            if (Amount is null)
            {
                return new ApiError(ErrorCodes.ParameterMissing, $"'{path}.amount' is required.", $"{path}.amount");
            }

            if (Amount <= 0)
            {
                return new ApiError(ErrorCodes.AmountInvalid, "A fee item's amount must be a positive whole number of đồng.", $"{path}.amount");
            }

            var error = TextRules.Required(Code, $"{path}.code", 32) ?? TextRules.Required(Name, $"{path}.name", 200);
            if (error is not null)
            {
                return error;
            }

            return Budget is null
                ? new ApiError(ErrorCodes.ParameterMissing, $"'{path}.budget' is required.", $"{path}.budget")
                : Budget.Validate($"{path}.budget");
        }
    }

    /// <summary>The state-budget codes of a fee item.</summary>
    public sealed record BudgetRequest
    {
        public string? TreasuryCode { get; init; }

        public string? BudgetChapter { get; init; }

        public string? BudgetSubItem { get; init; }

        public string? RevenueAgency { get; init; }

        public string? AreaCode { get; init; }

        public ApiError? Validate(string path) =>
            TextRules.Digits(TreasuryCode, $"{path}.treasury_code", 4)
            ?? TextRules.Digits(BudgetChapter, $"{path}.budget_chapter", 3)
            ?? TextRules.Digits(BudgetSubItem, $"{path}.budget_sub_item", 4)
            ?? TextRules.Digits(RevenueAgency, $"{path}.revenue_agency", 7)
            ?? TextRules.Digits(AreaCode, $"{path}.area_code", 2, 5);
    }

    /// <summary>The optional payer details.</summary>
    public sealed record PayerRequest
    {
        public string? Name { get; init; }

        public string? Email { get; init; }

        public string? Phone { get; init; }

        public ApiError? Validate()
        {
            var error = TextRules.Optional(Name, "payer.name", 200)
                ?? TextRules.Optional(Email, "payer.email", 254)
                ?? TextRules.Optional(Phone, "payer.phone", 20);
            if (error is not null)
            {
                return error;
            }

            if (Email is not null && (Email.IndexOf('@', StringComparison.Ordinal) is <= 0 || Email.EndsWith('@')))
            {
                return new ApiError(ErrorCodes.ParameterInvalid, "'payer.email' is not an e-mail address.", "payer.email");
            }

            return Phone is not null && !Phone.All(c => char.IsAsciiDigit(c) || c == '+')
                ? new ApiError(ErrorCodes.ParameterInvalid, "'payer.phone' may hold only digits and a leading '+'.", "payer.phone")
                : null;
        }
    }
}
