namespace PayGov.Gateway.Treasury;

/// <summary>The one place a <see cref="TreasuryRole"/> meets its wire and claim name.</summary>
public static class TreasuryRoleNames
{
    public const string Accountant = "accountant";
    public const string Supervisor = "supervisor";

    public static string ToWire(this TreasuryRole role) => role switch
    {
        TreasuryRole.Accountant => Accountant,
        TreasuryRole.Supervisor => Supervisor,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static TreasuryRole? Parse(string? name) => name switch
    {
        Accountant => TreasuryRole.Accountant,
        Supervisor => TreasuryRole.Supervisor,
        _ => null,
    };
}
