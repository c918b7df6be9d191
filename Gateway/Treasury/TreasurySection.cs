namespace PayGov.Gateway.Treasury;

/// <summary>Which navigation link of the treasury frame is the current page's.</summary>
public enum TreasurySection
{
    None,
    Dashboard,
    Exceptions,
    Reports,
}
