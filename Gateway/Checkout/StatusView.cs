using PayGov.Gateway.Receipts;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Checkout;

/// <summary>The status-by-dossier page: the form, and after a lookup what it typed and the answer.</summary>
public sealed record StatusView(CheckoutText Text, AntiforgeryField Antiforgery, string? Reference, string? Code, DossierStatusAnswer? Answer);
