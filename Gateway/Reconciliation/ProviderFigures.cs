namespace PayGov.Gateway.Reconciliation;

/// <summary>A day's figures for one channel: <c>vnpay</c>, <c>momo</c>, <c>zalopay</c> or <c>bank_transfer</c>.</summary>
public sealed record ProviderFigures(string Provider, long PaymentsCount, DashboardFigures Figures);
