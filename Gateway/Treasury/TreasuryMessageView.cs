namespace PayGov.Gateway.Treasury;

/// <summary>A plain treasury page that only says something: not allowed, a form to reload.</summary>
public sealed record TreasuryMessageView(TreasuryFrameView Frame, string Title, string Lead);
