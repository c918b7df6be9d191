namespace PayGov.Gateway.Receipts;

/// <summary>What the public status page answers for a dossier reference and a receipt number or transaction code.</summary>
public enum DossierStatus
{
    /// <summary>The pair matches nothing; the same answer whichever half was wrong.</summary>
    NotFound,

    Paid,

    /// <summary>A payment started and PayGov waits for the provider's verified word.</summary>
    AwaitingConfirmation,

    NotPaid,
}
