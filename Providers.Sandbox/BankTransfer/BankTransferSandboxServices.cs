using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>What the bank sandbox's handlers need, bound with <c>[AsParameters]</c>.</summary>
internal sealed record BankTransferSandboxServices(BankTransferSandbox Sandbox, SandboxFaultSwitchboard Switchboard, TimeProvider TimeProvider, SandboxPayoutDesk Payouts);
