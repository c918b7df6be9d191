using PayGov.Gateway.Receipts;

namespace PayGov.Gateway.Checkout;

/// <summary>The public verification page: the receipt when number and code are right, otherwise nothing.</summary>
public sealed record VerificationView(CheckoutText Text, ReceiptDocument? Receipt);
