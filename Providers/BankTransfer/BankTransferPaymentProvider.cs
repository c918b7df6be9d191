using Microsoft.Extensions.Options;

namespace PayGov.Providers.BankTransfer;

/// <summary>
/// Bank transfer by VietQR / NAPAS 247 (vietqr.md, bank-notification.md). No API is called to start a payment:
/// PayGov builds the QR itself, and the bank tells PayGov of each credit through the signed notification. The
/// bank offers no payment lookup and no refund API, so <see cref="QueryAsync"/> and <see cref="RefundAsync"/>
/// say so rather than pretend.
/// </summary>
public sealed class BankTransferPaymentProvider : IPaymentProvider
{
    private static readonly IReadOnlySet<PaymentMethod> SupportedMethods = new HashSet<PaymentMethod> { PaymentMethod.BankTransfer };

    private readonly BankTransferOptions options;
    private readonly TimeProvider timeProvider;
    private readonly IReadOnlySet<string> collectionAccounts;

    /// <summary>Creates the adapter.</summary>
    /// <param name="options">The validated collection account and connector.</param>
    /// <param name="timeProvider">PayGov's clock, for the notification's replay window.</param>
    public BankTransferPaymentProvider(IOptions<BankTransferOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        collectionAccounts = new HashSet<string>([this.options.AccountNumber, .. this.options.OtherAccountNumbers], StringComparer.Ordinal);
    }

    /// <summary>Always <see cref="ProviderId.BankTransfer"/>.</summary>
    public ProviderId ProviderId => ProviderId.BankTransfer;

    /// <summary>Interbank transfer only.</summary>
    public IReadOnlySet<PaymentMethod> Methods => SupportedMethods;

    /// <summary>Amount limits from configuration, in đồng (at most the NAPAS 247 limit).</summary>
    public ProviderLimits Limits => new(options.MinAmount, options.MaxAmount);

    /// <summary>
    /// Gives the attempt a new transfer reference and its dynamic VietQR: the collection account, the amount and the
    /// reference alone in 62/08, CRC included. The reference is random; the gateway stores it under a unique
    /// constraint and, on the rare collision, starts again (bank-notification.md §4).
    /// </summary>
    /// <param name="attempt">The attempt; amount in đồng.</param>
    /// <param name="cancellationToken">Unused: nothing is called.</param>
    /// <returns>The VietQR payload as <see cref="StartPaymentResult.QrPayload"/> and the transfer reference as provider reference; no redirect.</returns>
    /// <exception cref="ArgumentException">The method is not bank transfer.</exception>
    /// <exception cref="ProviderException">The amount is outside the limits (<see cref="ProviderApplied.No"/>: another provider may be tried).</exception>
    public Task<StartPaymentResult> StartAsync(StartPaymentRequest attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (attempt.Method != PaymentMethod.BankTransfer)
        {
            throw new ArgumentException("Bank transfer does not offer " + attempt.Method + ".", nameof(attempt));
        }

        if (!Limits.Allows(attempt.Amount))
        {
            throw new ProviderException(ProviderId.BankTransfer, ProviderApplied.No, "The amount is outside the bank-transfer limits.", VietQrPayload.AmountOutOfRange);
        }

        var reference = TransferReference.Create();
        var qr = VietQrPayload.Build(new VietQrRequest(options.BankBin, options.AccountNumber, attempt.Amount, reference));
        if (!qr.IsSuccess)
        {
            // Options are validated at start, so only a configuration the builder refuses for another reason lands here.
            throw new ProviderException(ProviderId.BankTransfer, ProviderApplied.No, "The VietQR payload could not be built.", qr.Error);
        }

        return Task.FromResult(new StartPaymentResult(reference, null, qr.Payload, null));
    }

    /// <summary>
    /// Verifies a credit notification exactly as bank-notification.md §2.3 steps 1–6 say: size, signature of the
    /// path's connector (any active secret), timestamp within 300 s of PayGov's clock, body, currency, collection
    /// account. Steps 7–8 (de-duplication by <c>transaction_id</c>, recording, matching) need storage and are the gateway's.
    /// </summary>
    /// <param name="request">The body as received, the <c>PayGov-Bank-Signature</c> header and the path's connector id.</param>
    /// <param name="cancellationToken">Unused: verification is pure.</param>
    /// <returns>
    /// The credit as a notification: the single reference in the remark (empty when none or several), the bank's
    /// <c>transaction_id</c>, the credited amount, <see cref="PaymentOutcome.Succeeded"/> (money arrived), and the whole credit in
    /// <see cref="ProviderNotification.BankCredit"/>. Or the rejection: the problem code of §2.3 and, for <c>payload_invalid</c>, the field.
    /// </returns>
    public Task<CallbackVerification> VerifyCallbackAsync(ProviderCallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // An unknown connector has no secret, so nothing can verify: the same 401 as a forged signature, revealing no connector names.
        IReadOnlyList<string> secrets = string.Equals(request.ConnectorId, options.ConnectorId, StringComparison.Ordinal) ? [.. options.NotificationSecrets] : [];
        var read = BankNotificationReader.Read(SignatureHeader(request), request.Body.Span, secrets, timeProvider.GetUtcNow(), collectionAccounts);
        if (!read.IsAccepted)
        {
            return Task.FromResult(new CallbackVerification(null, read.Rejection.ProblemCode) { RejectionParam = read.Rejection.ProblemParam });
        }

        var credit = read.Notification;
        var references = TransferReference.FindIn(credit.Description);
        var notification = new ProviderNotification(references.Count == 1 ? references[0] : string.Empty, credit.TransactionId, credit.Amount, PaymentOutcome.Succeeded)
        {
            BankCredit = credit,
        };
        return Task.FromResult(new CallbackVerification(notification, null));
    }

    /// <summary>
    /// A bank has no lookup of a payment by reference (bank-notification.md describes none): a credit becomes known
    /// by its notification or, at the latest, on the statement. The honest answer is therefore always
    /// <see cref="PaymentOutcome.Pending"/>, never <see cref="PaymentOutcome.NotFound"/>: the absence of a
    /// notification does not prove that no transfer is on its way.
    /// </summary>
    /// <param name="providerReference">The transfer reference.</param>
    /// <param name="cancellationToken">Unused: nothing is called.</param>
    /// <returns><see cref="PaymentOutcome.Pending"/> without amount or transaction id.</returns>
    /// <exception cref="ArgumentException">The reference is not a well-formed transfer reference.</exception>
    public Task<ProviderPaymentStatus> QueryAsync(string providerReference, CancellationToken cancellationToken)
    {
        if (!TransferReference.IsValid(providerReference))
        {
            throw new ArgumentException("Not a transfer reference.", nameof(providerReference));
        }

        return Task.FromResult(new ProviderPaymentStatus(PaymentOutcome.Pending, null, null));
    }

    /// <summary>
    /// Bank transfers are refunded by an outgoing transfer the treasury makes to the payer's account, after
    /// approval (bank-notification.md §5): nothing is sent here.
    /// </summary>
    /// <param name="refund">The refund; amounts in đồng.</param>
    /// <param name="cancellationToken">Unused: nothing is called.</param>
    /// <returns><see cref="RefundOutcome.ManualRequired"/>, without a provider refund id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive.</exception>
    public Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(refund.Amount);
        return Task.FromResult(new ProviderRefundResult(RefundOutcome.ManualRequired, null, null));
    }

    /// <summary>A bank transfer is refunded by the treasury by hand: there is nothing to ask a bank.</summary>
    /// <param name="refund">The refund.</param>
    /// <param name="cancellationToken">Unused: no call is made.</param>
    /// <returns><see cref="RefundOutcome.ManualRequired"/>.</returns>
    public Task<ProviderRefundResult?> QueryRefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return Task.FromResult<ProviderRefundResult?>(new ProviderRefundResult(RefundOutcome.ManualRequired, null, null));
    }

    private static string? SignatureHeader(ProviderCallbackRequest request) =>
        request.Headers.TryGetValue(BankNotificationSignature.HeaderName, out var value)
            ? value
            : request.Headers.FirstOrDefault(h => string.Equals(h.Key, BankNotificationSignature.HeaderName, StringComparison.OrdinalIgnoreCase)).Value;
}
