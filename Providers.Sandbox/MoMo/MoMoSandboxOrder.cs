namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>One payment as the MoMo sandbox holds it; mutable only under <see cref="Gate"/>.</summary>
internal sealed class MoMoSandboxOrder
{
    public required string PartnerCode { get; init; }

    public required string OrderId { get; init; }

    public required string RequestId { get; init; }

    public required long Amount { get; init; }

    public required string OrderInfo { get; init; }

    public required string RedirectUrl { get; init; }

    public required string IpnUrl { get; init; }

    public required string ExtraData { get; init; }

    public required string Lang { get; init; }

    public Lock Gate { get; } = new();

    /// <summary><c>1000</c> while waiting for the payer, then <c>0</c> or <c>1006</c>.</summary>
    public int ResultCode { get; set; } = 1000;

    public long TransId { get; set; }

    public string PayType { get; set; } = string.Empty;

    /// <summary>When the payer paid or declined: the result's <c>responseTime</c> and the time of its settlement line.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    public List<MoMoSandboxRefund> Refunds { get; } = [];

    public long RefundedAmount => Refunds.Where(r => r.ResultCode == 0).Sum(r => r.Amount);
}
