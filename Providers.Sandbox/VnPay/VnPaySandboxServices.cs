using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>What the VNPAY sandbox's handlers need, bound with <c>[AsParameters]</c>.</summary>
internal sealed record VnPaySandboxServices(VnPaySandbox Sandbox, SandboxFaultSwitchboard Switchboard, TimeProvider TimeProvider, SandboxPayoutDesk Payouts);
