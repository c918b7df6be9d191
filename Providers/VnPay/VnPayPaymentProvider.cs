using Microsoft.Extensions.Options;

namespace PayGov.Providers.VnPay;

/// <summary>
/// The VNPAY adapter: translates between the gateway's provider-neutral calls and <see cref="VnPayClient"/> at the
/// edge, amounts (đồng × 100 on the wire), dates and codes included.
/// </summary>
public sealed class VnPayPaymentProvider : IPaymentProvider
{
    /// <summary>The <c>vnp_BankCode</c> of a domestic card or bank account paid through the bank's own page (vnpay.md §3).</summary>
    public const string DomesticBankCode = "VNBANK";

    /// <summary>The rejection reason of a callback without a query string; VNPAY is answered <c>97</c>, as nothing can be verified.</summary>
    public const string PayloadInvalidReason = "payload_invalid";

    /// <summary>The rejection reason of an IPN whose signature failed; VNPAY is answered <c>97</c>.</summary>
    public const string SignatureInvalidReason = "signature_invalid";

    /// <summary>The rejection reason of an authentic IPN for another terminal; VNPAY is answered <c>01</c>.</summary>
    public const string TmnCodeMismatchReason = "tmn_code_mismatch";

    /// <summary>The rejection reason of an authentic IPN whose <c>vnp_Amount</c> is not a whole number of đồng; VNPAY is answered <c>04</c>.</summary>
    public const string AmountInvalidReason = "amount_invalid";

    private static readonly IReadOnlySet<PaymentMethod> SupportedMethods = new HashSet<PaymentMethod> { PaymentMethod.Card, PaymentMethod.BankTransfer };

    private readonly VnPayClient client;
    private readonly VnPayOptions options;

    /// <summary>Creates the adapter.</summary>
    /// <param name="client">The VNPAY client.</param>
    /// <param name="options">The validated VNPAY configuration.</param>
    public VnPayPaymentProvider(VnPayClient client, IOptions<VnPayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.options = options.Value;
    }

    /// <summary>Always <see cref="ProviderId.VnPay"/>.</summary>
    public ProviderId ProviderId => ProviderId.VnPay;

    /// <summary>Cards (domestic or international, chosen on VNPAY's page) and domestic bank accounts (<c>VNBANK</c>).</summary>
    public IReadOnlySet<PaymentMethod> Methods => SupportedMethods;

    /// <summary>Amount limits from configuration, in đồng.</summary>
    public ProviderLimits Limits => new(options.MinAmount, options.MaxAmount);

    /// <summary>
    /// Builds the signed payment URL; VNPAY hears of the attempt only when the citizen opens it, so this never
    /// fails at VNPAY. <c>vnp_CreateDate</c> is the attempt's creation time, which querydr and refund name again.
    /// </summary>
    /// <param name="attempt">The attempt; amount in đồng; its merchant reference becomes <c>vnp_TxnRef</c>.</param>
    /// <param name="cancellationToken">Unused: nothing is sent.</param>
    /// <returns>The payment URL; the provider reference is the merchant reference.</returns>
    /// <exception cref="ArgumentException">The method is not one VNPAY offers, or the amount is outside the limits.</exception>
    public Task<StartPaymentResult> StartAsync(StartPaymentRequest attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var bankCode = attempt.Method switch
        {
            // No bank code: VNPAY's page lets the citizen pick a domestic or an international card.
            PaymentMethod.Card => null,
            PaymentMethod.BankTransfer => DomesticBankCode,
            _ => throw new ArgumentException("VNPAY is not offered for " + attempt.Method + ".", nameof(attempt)),
        };
        var link = client.CreatePaymentUrl(new VnPayPaymentCreateOptions
        {
            TxnRef = attempt.MerchantReference,
            Amount = attempt.Amount,
            OrderInfo = attempt.Description,
            IpAddress = attempt.PayerIpAddress,
            CreatedAt = attempt.CreatedAt,
            ExpiresAt = attempt.ExpiresAt,
            ReturnUrl = new Uri(attempt.ReturnUrl, UriKind.Absolute),
            BankCode = bankCode,
        });
        return Task.FromResult(new StartPaymentResult(attempt.MerchantReference, link.Url.AbsoluteUri, null, null));
    }

    /// <summary>Verifies an IPN query string as received (vnpay.md §2.2, §5) with every active hash secret.</summary>
    /// <param name="request">The callback; its query string is the IPN's.</param>
    /// <param name="cancellationToken">Unused: verification is pure.</param>
    /// <returns>
    /// The notification, or <c>payload_invalid</c> (no query string), <c>signature_invalid</c> (VNPAY's answer <c>97</c>),
    /// <c>tmn_code_mismatch</c> (<c>01</c>) or <c>amount_invalid</c> (<c>04</c>: not a whole number of đồng).
    /// </returns>
    public Task<CallbackVerification> VerifyCallbackAsync(ProviderCallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.QueryString))
        {
            return Task.FromResult(new CallbackVerification(null, PayloadInvalidReason));
        }

        var verification = client.VerifyCallback(request.QueryString);
        if (!verification.IsValid)
        {
            return Task.FromResult(new CallbackVerification(null, SignatureInvalidReason));
        }

        var notification = verification.Notification;
        if (!string.Equals(notification.TmnCode, options.TmnCode, StringComparison.Ordinal))
        {
            return Task.FromResult(new CallbackVerification(null, TmnCodeMismatchReason));
        }

        if (notification.AmountDong is not { } amount)
        {
            return Task.FromResult(new CallbackVerification(null, AmountInvalidReason));
        }

        var transactionNo = notification.TransactionNo is "" or "0" ? null : notification.TransactionNo;
        return Task.FromResult(new CallbackVerification(new ProviderNotification(notification.TxnRef, transactionNo, amount, Outcome(notification.Result)), null));
    }

    /// <summary>Asks VNPAY for a payment's status (querydr).</summary>
    /// <param name="providerReference">The merchant reference (<c>vnp_TxnRef</c>); the payment's <c>vnp_CreateDate</c> is read from it (<see cref="MerchantReference.TryReadCreatedAt"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; <see cref="PaymentOutcome.NotFound"/> when VNPAY never saw the payment.</returns>
    /// <exception cref="ArgumentException">The reference is not one PayGov made, so its creation time is unknown.</exception>
    /// <exception cref="ProviderException">VNPAY could not answer, refused the query, or its answer did not verify.</exception>
    public async Task<ProviderPaymentStatus> QueryAsync(string providerReference, CancellationToken cancellationToken)
    {
        if (!MerchantReference.TryReadCreatedAt(providerReference, out var createdAt))
        {
            throw new ArgumentException("Not a PayGov merchant reference.", nameof(providerReference));
        }

        var transaction = await client.QueryAsync(new VnPayQueryOptions { TxnRef = providerReference, TransactionDate = createdAt }, cancellationToken: cancellationToken).ConfigureAwait(false);
        var outcome = transaction.Status switch
        {
            VnPayQueryStatus.Succeeded => PaymentOutcome.Succeeded,
            VnPayQueryStatus.Pending or VnPayQueryStatus.UnderReview => PaymentOutcome.Pending,
            VnPayQueryStatus.Failed => PaymentOutcome.Declined,
            VnPayQueryStatus.NotFound => PaymentOutcome.NotFound,
            VnPayQueryStatus.Unknown => PaymentOutcome.Unknown,
            VnPayQueryStatus.QueryFailed => throw new ProviderException(ProviderId.VnPay, ProviderApplied.No, "VNPAY refused the query.", transaction.ResponseCode),
            _ => throw new ArgumentOutOfRangeException(nameof(providerReference), transaction.Status, "Undefined query status."),
        };
        return new ProviderPaymentStatus(
            outcome,
            outcome == PaymentOutcome.NotFound ? null : transaction.Amount,
            transaction.TransactionNo is "" or "0" ? null : transaction.TransactionNo);
    }

    /// <summary>Asks VNPAY to refund all or part of a payment; the refund reference is sent as <c>vnp_RequestId</c>.</summary>
    /// <param name="refund">The refund; amounts in đồng; <see cref="ProviderRefundRequest.ProviderTransactionId"/> is VNPAY's <c>vnp_TransactionNo</c> of the payment.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>VNPAY's word; an accepted refund is <see cref="RefundOutcome.Pending"/> until a query shows it done.</returns>
    /// <exception cref="ArgumentException">The refund exceeds the paid amount.</exception>
    /// <exception cref="ProviderException">The outcome is not known; query before retrying.</exception>
    public async Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var result = await client.RefundAsync(
            new VnPayRefundCreateOptions
            {
                RefundId = refund.RefundReference,
                TxnRef = refund.PaymentReference,
                TransactionNo = refund.ProviderTransactionId,
                TransactionDate = refund.PaymentCreatedAt,
                Amount = refund.Amount,
                PaymentAmount = refund.PaidAmount,
                CreatedBy = refund.RequestedBy,
                Reason = refund.Reason,
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ProviderRefundResult(result.Outcome, result.TransactionNo.Length > 0 ? result.TransactionNo : null, result.ResponseCode);
    }

    /// <summary>
    /// Asks VNPAY (querydr) where the payment's latest refund stands: VNPAY reports only the latest, so a payment
    /// with several refunds in flight at once is settled one by one as each becomes the latest.
    /// </summary>
    /// <param name="refund">The refund as it was sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The latest refund's outcome; never <see langword="null"/>: VNPAY does not promise to de-duplicate a refund sent again.</returns>
    /// <exception cref="ProviderException">VNPAY could not answer, or reports no refund yet (<see cref="ProviderApplied.Unknown"/>: ask again later).</exception>
    public async Task<ProviderRefundResult?> QueryRefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var transaction = await client.QueryAsync(
            new VnPayQueryOptions { TxnRef = refund.PaymentReference, TransactionDate = refund.PaymentCreatedAt, TransactionNo = refund.ProviderTransactionId },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return transaction.RefundOutcome is { } outcome
            ? new ProviderRefundResult(outcome, null, transaction.TransactionStatus)
            : throw new ProviderException(ProviderId.VnPay, ProviderApplied.Unknown, "VNPAY reports no refund of this payment yet.", transaction.ResponseCode);
    }

    private static PaymentOutcome Outcome(VnPayPaymentResult result) => result switch
    {
        VnPayPaymentResult.Succeeded => PaymentOutcome.Succeeded,
        VnPayPaymentResult.UnderReview => PaymentOutcome.Pending,
        VnPayPaymentResult.Declined => PaymentOutcome.Declined,
        VnPayPaymentResult.Unknown => PaymentOutcome.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Undefined payment result."),
    };
}
