namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>Why the sandbox bank refused a request: a snake_case code, a sentence, and the HTTP status to answer with.</summary>
internal sealed record BankSandboxRefusal(string Code, string Detail, int Status = 400);
