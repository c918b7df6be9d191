using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Payments;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Receipts;

/// <summary>
/// Reading receipts: the citizen's own (by intent, behind the client secret), the public verification (number and
/// code), and the status lookup by dossier. Receipts are written only with the success that issues them.
/// </summary>
public sealed class ReceiptService(PayGovDbContext db, IOptions<PayGovOptions> urls)
{
    public async Task<ReceiptDocument?> ForIntentAsync(PaymentIntent intent, string portalName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.IntentId == intent.Id, cancellationToken);
        return receipt is null ? null : Document(receipt, intent, portalName);
    }

    /// <summary>The receipt when both its number and its verification code are right; otherwise nothing, alike.</summary>
    public async Task<ReceiptDocument?> VerifyAsync(string? number, string? code, CancellationToken cancellationToken)
    {
        if (!ReceiptNumbers.IsNumber(number) || !ReceiptNumbers.IsVerificationCode(code))
        {
            return null;
        }

        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
        if (receipt is null || !ReceiptNumbers.CodesMatch(receipt.VerificationCode, code))
        {
            return null;
        }

        return await DocumentAsync(receipt, cancellationToken);
    }

    /// <summary>
    /// The status of the payment a citizen names by the portal's dossier reference and either the receipt number or
    /// the transaction code the checkout showed (a bank transfer's content). Both must belong to the same intent;
    /// any mismatch is the same "not found", so the page cannot be used to learn which references exist.
    /// </summary>
    public async Task<DossierStatusAnswer> LookupAsync(string? reference, string? code, CancellationToken cancellationToken)
    {
        reference = reference?.Trim();
        code = code?.Trim();
        if (string.IsNullOrEmpty(reference) || string.IsNullOrEmpty(code) || reference.Length > 100 || code.Length > 64)
        {
            return DossierStatusAnswer.NotFound;
        }

        if (ReceiptNumbers.Normalize(code) is { } number)
        {
            var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Number == number, cancellationToken);
            var document = receipt is null ? null : await DocumentAsync(receipt, cancellationToken);
            return document is not null && string.Equals(document.Intent.Reference, reference, StringComparison.Ordinal)
                ? new DossierStatusAnswer(DossierStatus.Paid, document)
                : DossierStatusAnswer.NotFound;
        }

        var transactionCode = code.ToUpperInvariant();
        var attempt = await db.PaymentAttempts.AsNoTracking()
            .Where(a => a.MerchantReference == code || a.ProviderReference == code || a.ProviderReference == transactionCode)
            .Join(db.PaymentIntents.Where(p => p.Reference == reference), a => a.IntentId, p => p.Id, (a, p) => a)
            .FirstOrDefaultAsync(cancellationToken);
        if (attempt is null)
        {
            return DossierStatusAnswer.NotFound;
        }

        var intent = await db.PaymentIntents.AsNoTracking().FirstAsync(p => p.Id == attempt.IntentId, cancellationToken);
        if (intent.Status == PaymentIntentStatus.Succeeded)
        {
            var paid = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.IntentId == intent.Id, cancellationToken);
            return new DossierStatusAnswer(DossierStatus.Paid, paid is null ? null : Document(paid, intent, await PortalNameAsync(intent, cancellationToken)));
        }

        return attempt.IsOpen
            ? new DossierStatusAnswer(DossierStatus.AwaitingConfirmation, null)
            : new DossierStatusAnswer(DossierStatus.NotPaid, null);
    }

    private async Task<ReceiptDocument?> DocumentAsync(Receipt receipt, CancellationToken cancellationToken)
    {
        var intent = await db.PaymentIntents.AsNoTracking().FirstAsync(p => p.Id == receipt.IntentId, cancellationToken);
        return Document(receipt, intent, await PortalNameAsync(intent, cancellationToken));
    }

    private Task<string> PortalNameAsync(PaymentIntent intent, CancellationToken cancellationToken) =>
        db.Portals.AsNoTracking().Where(p => p.Id == intent.PortalId).Select(p => p.Name).FirstAsync(cancellationToken);

    private ReceiptDocument Document(Receipt receipt, PaymentIntent intent, string portalName) =>
        new(receipt, intent, portalName, new Uri(urls.Value.PublicBaseUrl, $"receipts/{receipt.Number}?v={receipt.VerificationCode}"));
}
