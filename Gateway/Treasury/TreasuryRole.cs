namespace PayGov.Gateway.Treasury;

/// <summary>What a treasury user may do (DESIGN §5): an accountant works the queue; a supervisor also approves.</summary>
public enum TreasuryRole
{
    Accountant,
    Supervisor,
}
