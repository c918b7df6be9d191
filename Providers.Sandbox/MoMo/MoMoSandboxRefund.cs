namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>One refund of a sandbox payment; amount in đồng, time in Unix milliseconds.</summary>
internal sealed record MoMoSandboxRefund(string OrderId, long Amount, int ResultCode, long TransId, long CreatedTime);
