namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>One refund of a sandbox order; amount in đồng; <see cref="ReturnCode"/> <c>3</c> until it settles to <c>1</c>.</summary>
internal sealed class ZaloPaySandboxRefund
{
    public required string MRefundId { get; init; }

    public required long Amount { get; init; }

    public required long RefundId { get; init; }

    public required string MacInput { get; init; }

    public Lock Gate { get; } = new();

    public int ReturnCode { get; set; }

    /// <summary>When the refund settled (<see cref="ReturnCode"/> <c>1</c>): its time in the settlement file.</summary>
    public DateTimeOffset? SettledAt { get; set; }
}
