namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>One order as the ZaloPay sandbox holds it; mutable only under <see cref="Gate"/>.</summary>
internal sealed class ZaloPaySandboxOrder
{
    public required long AppId { get; init; }

    public required string AppTransId { get; init; }

    public required string AppUser { get; init; }

    public required long AppTime { get; init; }

    public required long Amount { get; init; }

    public required string EmbedData { get; init; }

    public required string Item { get; init; }

    public required string Description { get; init; }

    public required string? CallbackUrl { get; init; }

    public required string? RedirectUrl { get; init; }

    public Lock Gate { get; } = new();

    /// <summary>The query's <c>return_code</c>: <c>3</c> while unpaid, then <c>1</c> paid or <c>2</c> failed.</summary>
    public int ReturnCode { get; set; } = 3;

    public long ZpTransId { get; set; }

    public long ServerTime { get; set; }

    public List<ZaloPaySandboxRefund> Refunds { get; } = [];

    /// <summary>Refunds that succeeded or are still processing count against the paid amount.</summary>
    public long RefundedOrPending => Refunds.Where(r => r.ReturnCode is 1 or 3).Sum(r => r.Amount);
}
