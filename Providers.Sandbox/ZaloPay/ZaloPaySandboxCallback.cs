namespace PayGov.Providers.Sandbox.ZaloPay;

/// <summary>The callback body: the <c>data</c> text, its key2 <c>mac</c>, and <c>type</c> 1 (order).</summary>
internal sealed record ZaloPaySandboxCallback(string Data, string Mac, int Type);
