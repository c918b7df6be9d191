using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PayGov.Providers.MoMo;

/// <summary>
/// The MoMo adapter: translates between the gateway's provider-neutral calls and <see cref="MoMoClient"/> at the
/// edge, amounts and codes included.
/// </summary>
public sealed class MoMoPaymentProvider : IPaymentProvider
{
    private static readonly IReadOnlySet<PaymentMethod> SupportedMethods = new HashSet<PaymentMethod> { PaymentMethod.Wallet, PaymentMethod.Card };

    private readonly MoMoClient client;
    private readonly MoMoOptions options;

    /// <summary>Creates the adapter.</summary>
    /// <param name="client">The MoMo client.</param>
    /// <param name="options">The validated MoMo configuration.</param>
    public MoMoPaymentProvider(MoMoClient client, IOptions<MoMoOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.options = options.Value;
    }

    /// <summary>Always <see cref="ProviderId.MoMo"/>.</summary>
    public ProviderId ProviderId => ProviderId.MoMo;

    /// <summary>The MoMo wallet and domestic cards (<c>payWithATM</c>).</summary>
    public IReadOnlySet<PaymentMethod> Methods => SupportedMethods;

    /// <summary>Amount limits from configuration, in đồng.</summary>
    public ProviderLimits Limits => new(options.MinAmount, options.MaxAmount);

    /// <summary>Creates the payment at MoMo and returns its hosted page.</summary>
    /// <param name="attempt">The attempt; amount in đồng; its merchant reference becomes MoMo's <c>orderId</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>MoMo's <c>payUrl</c>, <c>qrCodeUrl</c> and <c>deeplink</c>; the provider reference is the merchant reference.</returns>
    /// <exception cref="ArgumentException">The method is not one MoMo offers.</exception>
    /// <exception cref="ProviderException">MoMo refused (<see cref="ProviderApplied.No"/>, the next provider may be tried; <see cref="ProviderApplied.Unknown"/> for duplicate or non-final codes) or could not be reached.</exception>
    public async Task<StartPaymentResult> StartAsync(StartPaymentRequest attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var requestType = attempt.Method switch
        {
            PaymentMethod.Wallet => MoMoRequestType.CaptureWallet,
            PaymentMethod.Card => MoMoRequestType.PayWithAtm,
            _ => throw new ArgumentException("MoMo does not offer " + attempt.Method + ".", nameof(attempt)),
        };
        var extraData = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["intent"] = attempt.IntentId }));
        var payment = await client.CreatePaymentAsync(
            new MoMoPaymentCreateOptions
            {
                OrderId = attempt.MerchantReference,
                Amount = attempt.Amount,
                OrderInfo = PlainText(attempt.Description, 255),
                RequestType = requestType,
                ExtraData = extraData,
                RedirectUrl = new Uri(attempt.ReturnUrl, UriKind.Absolute),
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);

        if (!payment.IsCreated)
        {
            // Duplicates, "being processed" and "unknown error" may hide a payment that exists: settle by query first.
            var applied = payment.ResultCode is MoMoResultCodes.DuplicatedRequestId or MoMoResultCodes.DuplicatedOrderId or 43 or MoMoResultCodes.UnknownError
                ? ProviderApplied.Unknown
                : ProviderApplied.No;
            throw new ProviderException(ProviderId.MoMo, applied, "MoMo did not create the payment.", Code(payment.ResultCode));
        }

        return new StartPaymentResult(attempt.MerchantReference, payment.PayUrl!.AbsoluteUri, payment.QrCodeUrl, payment.Deeplink);
    }

    /// <summary>Verifies an IPN body as received (momo.md §5) with every active secret key.</summary>
    /// <param name="request">The callback; its body is the IPN JSON.</param>
    /// <param name="cancellationToken">Unused: verification is pure.</param>
    /// <returns>The notification, or <c>payload_invalid</c>, <c>signature_invalid</c> or <c>partner_code_mismatch</c>.</returns>
    public Task<CallbackVerification> VerifyCallbackAsync(ProviderCallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var verification = MoMoCallback.VerifyIpn(Encoding.UTF8.GetString(request.Body.Span), options.AccessKey, options.SecretKeys.ToList());
        CallbackVerification result = verification.Verdict switch
        {
            MoMoCallbackVerdict.PayloadInvalid => new(null, MoMoIpn.PayloadInvalidCode),
            MoMoCallbackVerdict.SignatureInvalid => new(null, MoMoIpn.SignatureInvalidCode),
            MoMoCallbackVerdict.Valid when !string.Equals(verification.Notification!.PartnerCode, options.PartnerCode, StringComparison.Ordinal) =>
                new(null, "partner_code_mismatch"),
            MoMoCallbackVerdict.Valid => new(
                new ProviderNotification(
                    verification.Notification!.OrderId,
                    Code(verification.Notification.TransId),
                    verification.Notification.Amount,
                    Outcome(verification.Notification.Status)),
                null),
            _ => throw new ArgumentOutOfRangeException(nameof(request), verification.Verdict, "Undefined verdict."),
        };
        return Task.FromResult(result);
    }

    /// <summary>Asks MoMo for a payment's status.</summary>
    /// <param name="providerReference">The merchant reference (<c>orderId</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; <see cref="PaymentOutcome.NotFound"/> when MoMo never saw the order.</returns>
    /// <exception cref="ProviderException">MoMo could not answer, or answered malformed.</exception>
    public async Task<ProviderPaymentStatus> QueryAsync(string providerReference, CancellationToken cancellationToken)
    {
        var transaction = await client.QueryAsync(providerReference, cancellationToken: cancellationToken).ConfigureAwait(false);
        var outcome = transaction.IsNotFound ? PaymentOutcome.NotFound : Outcome(transaction.Status);
        return new ProviderPaymentStatus(
            outcome,
            transaction.Amount > 0 ? transaction.Amount : null,
            transaction.TransId != 0 ? Code(transaction.TransId) : null);
    }

    /// <summary>Asks MoMo to refund all or part of a payment; the refund reference is MoMo's <c>orderId</c> and <c>requestId</c>.</summary>
    /// <param name="refund">The refund; amounts in đồng; <see cref="ProviderRefundRequest.ProviderTransactionId"/> is MoMo's <c>transId</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>MoMo's word on the refund.</returns>
    /// <exception cref="ArgumentException">The provider transaction id is not MoMo's numeric <c>transId</c>.</exception>
    /// <exception cref="ProviderException">The outcome is not known; query before retrying.</exception>
    public async Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (!long.TryParse(refund.ProviderTransactionId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var transId))
        {
            throw new ArgumentException("MoMo's transId is numeric.", nameof(refund));
        }

        var result = await client.RefundAsync(
            new MoMoRefundCreateOptions { RefundId = refund.RefundReference, TransId = transId, Amount = refund.Amount, Description = PlainText(refund.Reason, 255) },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ProviderRefundResult(result.Outcome, result.TransId != 0 ? Code(result.TransId) : null, Code(result.ResultCode));
    }

    /// <summary>
    /// Finds a refund among the refunds MoMo lists for its payment (<c>refundTrans</c> of a query, momo.md §6).
    /// MoMo de-duplicates a refund by its <c>requestId</c>, which is the refund reference, so a refund it does not
    /// list may be sent again as it was.
    /// </summary>
    /// <param name="refund">The refund as sent; <see cref="ProviderRefundRequest.PaymentReference"/> is the payment's <c>orderId</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>MoMo's word on the refund, or <see langword="null"/> when MoMo lists no refund with this reference.</returns>
    /// <exception cref="ProviderException">MoMo could not answer, or answered malformed.</exception>
    public async Task<ProviderRefundResult?> QueryRefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var payment = await client.QueryAsync(refund.PaymentReference, cancellationToken: cancellationToken).ConfigureAwait(false);
        var listed = payment.Refunds.FirstOrDefault(r => string.Equals(r.RefundId, refund.RefundReference, StringComparison.Ordinal));
        return listed is null
            ? null
            : new ProviderRefundResult(MoMoResultCodes.ClassifyRefund(listed.ResultCode), listed.TransId != 0 ? Code(listed.TransId) : null, Code(listed.ResultCode));
    }

    private static PaymentOutcome Outcome(MoMoPaymentStatus status) => status switch
    {
        MoMoPaymentStatus.Succeeded => PaymentOutcome.Succeeded,
        MoMoPaymentStatus.Pending => PaymentOutcome.Pending,
        MoMoPaymentStatus.Declined => PaymentOutcome.Declined,
        MoMoPaymentStatus.Unknown => PaymentOutcome.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Undefined status."),
    };

    // PayGov's values never contain '&' or '=', which MoMo's raw signature string cannot tell apart (momo.md §2).
    private static string PlainText(string text, int maxLength)
    {
        var plain = text.Replace('&', '-').Replace('=', '-');
        return plain.Length <= maxLength ? plain : plain[..maxLength];
    }

    private static string Code(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
