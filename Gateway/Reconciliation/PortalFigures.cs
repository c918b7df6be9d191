namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// What a portal collected on a day. Only collection is known per portal: settlement files and bank statements speak
/// of providers, batches and accounts, not of the portals whose fees they carry.
/// </summary>
public sealed record PortalFigures(string PortalId, long PaymentsCount, long Collected, long Refunded);
