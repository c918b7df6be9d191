namespace PayGov.Gateway.Treasury;

/// <summary>The dashboard page of one business day.</summary>
public sealed record DashboardView(TreasuryFrameView Frame, DateOnly Day);
