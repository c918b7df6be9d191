namespace PayGov.Gateway.Receipts;

public sealed record DossierStatusAnswer(DossierStatus Status, ReceiptDocument? Receipt)
{
    public static readonly DossierStatusAnswer NotFound = new(DossierStatus.NotFound, null);
}
