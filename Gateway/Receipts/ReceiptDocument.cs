using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Receipts;

/// <summary>A receipt with what it prints: the intent's dossier, payer and fee items, and the portal's name.</summary>
public sealed record ReceiptDocument(Receipt Receipt, PaymentIntent Intent, string PortalName, Uri VerificationUrl)
{
    /// <summary>The public page's path and query, as the QR code and the links carry it.</summary>
    public string VerificationPath => VerificationUrl.PathAndQuery;

    public string PdfPath => $"/receipts/{Receipt.Number}/pdf?v={Receipt.VerificationCode}";
}
