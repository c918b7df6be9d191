namespace PayGov.Gateway.Reconciliation;

/// <summary>A provider's fee tariff (README §1): <c>round_half_up(gross × rate_bp / 10000) + fixed</c>, clamped to [min, max]. Đồng.</summary>
public sealed record ProviderTariff(long RateBasisPoints, long Fixed, long Min, long? Max)
{
    public static ProviderTariff None { get; } = new(0, 0, 0, null);

    public long FeeOf(long gross)
    {
        var fee = checked(((gross * RateBasisPoints) + 5_000) / 10_000 + Fixed);
        fee = Math.Max(fee, Min);
        return Max is { } max ? Math.Min(fee, max) : fee;
    }
}
