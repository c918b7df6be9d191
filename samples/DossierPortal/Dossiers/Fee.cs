using PayGov.Client.PaymentIntents;

namespace DossierPortal.Dossiers;

/// <summary>One fee of a dossier, in đồng, with the state-budget codes the treasury books it under.</summary>
internal sealed record Fee(string Code, string Name, long Amount, BudgetCodes Budget);
