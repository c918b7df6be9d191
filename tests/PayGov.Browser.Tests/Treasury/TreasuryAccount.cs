using PayGov.Gateway.Treasury;

namespace PayGov.Browser.Tests.Treasury;

/// <summary>A treasury user the fixture created through <see cref="TreasuryUserService"/>, the service the operator's CLI uses.</summary>
public sealed record TreasuryAccount(string Username, string Password, TreasuryRole Role);
