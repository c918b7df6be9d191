namespace DossierPortal.Dossiers;

/// <summary>Where a dossier's fees stand, as the portal shows them.</summary>
internal enum DossierStatus
{
    Unpaid,
    Paid,
    Canceled,
    Expired,
}
