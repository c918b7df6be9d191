namespace PayGov.Providers.BankTransfer;

/// <summary>One EMVCo data object: ID, value and, for templates (<c>38</c>, <c>38/01</c>, <c>62</c>), its children.</summary>
/// <param name="Id">Two-digit ID.</param>
/// <param name="Value">The value as written (for a template, its whole text).</param>
/// <param name="Children">The data objects inside a template; empty otherwise.</param>
public sealed record VietQrDataObject(string Id, string Value, IReadOnlyList<VietQrDataObject> Children);
