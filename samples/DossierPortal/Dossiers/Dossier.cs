namespace DossierPortal.Dossiers;

/// <summary>A citizen's dossier (hồ sơ) and where its payment stands; replaced whole on every change.</summary>
internal sealed record Dossier(string Id, string Number, string CitizenName, string Procedure, IReadOnlyList<Fee> Fees)
{
    public DossierStatus Status { get; init; } = DossierStatus.Unpaid;

    /// <summary>Gets the payment intent created for the fees, or null before the citizen pressed Pay.</summary>
    public string? PaymentIntentId { get; init; }

    /// <summary>Gets the highest event sequence applied from that intent, so an older copy arriving later is dropped.</summary>
    public int AppliedSequence { get; init; }

    public long AmountTotal => Fees.Aggregate(0L, (total, fee) => checked(total + fee.Amount));
}
