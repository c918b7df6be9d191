using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>What the MoMo sandbox's handlers need, bound with <c>[AsParameters]</c>.</summary>
internal sealed record MoMoSandboxServices(MoMoSandbox Sandbox, SandboxFaultSwitchboard Switchboard, TimeProvider TimeProvider, SandboxPayoutDesk Payouts);
