using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>What the ZaloPay sandbox's handlers need, bound with <c>[AsParameters]</c>.</summary>
internal sealed record ZaloPaySandboxServices(ZaloPaySandbox Sandbox, SandboxFaultSwitchboard Switchboard, TimeProvider TimeProvider, SandboxPayoutDesk Payouts);
