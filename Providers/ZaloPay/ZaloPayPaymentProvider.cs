using System.Text;
using Microsoft.Extensions.Options;

namespace PayGov.Providers.ZaloPay;

/// <summary>
/// The ZaloPay adapter: translates between the gateway's provider-neutral calls and <see cref="ZaloPayClient"/>
/// at the edge, amounts and codes included.
/// </summary>
public sealed class ZaloPayPaymentProvider : IPaymentProvider
{
    private static readonly IReadOnlySet<PaymentMethod> SupportedMethods = new HashSet<PaymentMethod> { PaymentMethod.Wallet, PaymentMethod.Card, PaymentMethod.BankTransfer };
    private static readonly TimeSpan ShortestExpiry = TimeSpan.FromSeconds(300);
    private static readonly TimeSpan LongestExpiry = TimeSpan.FromSeconds(2_592_000);

    private readonly ZaloPayClient client;
    private readonly ZaloPayOptions options;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the adapter.</summary>
    /// <param name="client">The ZaloPay client.</param>
    /// <param name="options">The validated ZaloPay configuration.</param>
    /// <param name="timeProvider">The clock of the order's remaining lifetime.</param>
    public ZaloPayPaymentProvider(ZaloPayClient client, IOptions<ZaloPayOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        this.options = options.Value;
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>Always <see cref="ProviderId.ZaloPay"/>.</summary>
    public ProviderId ProviderId => ProviderId.ZaloPay;

    /// <summary>ZaloPay's gateway page offers its wallet, cards and bank accounts.</summary>
    public IReadOnlySet<PaymentMethod> Methods => SupportedMethods;

    /// <summary>Amount limits from configuration, in đồng.</summary>
    public ProviderLimits Limits => new(options.MinAmount, options.MaxAmount);

    /// <summary>Creates the order at ZaloPay; its <c>app_trans_id</c> is the merchant reference, whose <c>yyMMdd_</c> prefix is already the GMT+7 date.</summary>
    /// <param name="attempt">The attempt; amount in đồng; created today (GMT+7), as ZaloPay requires of <c>app_trans_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The <c>order_url</c>; the provider reference is the merchant reference.</returns>
    /// <exception cref="ProviderException">ZaloPay refused (<see cref="ProviderApplied.No"/>; <see cref="ProviderApplied.Unknown"/> for <c>-68</c>, the order exists) or could not be reached.</exception>
    public async Task<StartPaymentResult> StartAsync(StartPaymentRequest attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var remaining = attempt.ExpiresAt - timeProvider.GetUtcNow();
        var order = await client.CreateOrderAsync(
            new ZaloPayOrderCreateOptions
            {
                AppTransId = attempt.MerchantReference,
                AppUser = options.AppUser,
                Amount = attempt.Amount,
                Description = attempt.Description.Length <= 256 ? attempt.Description : attempt.Description[..256],
                IntentId = attempt.IntentId,
                RedirectUrl = new Uri(attempt.ReturnUrl, UriKind.Absolute),
                ExpireAfter = remaining < ShortestExpiry ? ShortestExpiry : remaining > LongestExpiry ? LongestExpiry : remaining,
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);

        if (!order.IsCreated)
        {
            // -68: the app_trans_id exists, so an earlier call may have created it (zalopay.md §2).
            var applied = order.SubReturnCode == -68 ? ProviderApplied.Unknown : ProviderApplied.No;
            throw new ProviderException(ProviderId.ZaloPay, applied, "ZaloPay did not create the order.", Code(order.SubReturnCode));
        }

        return new StartPaymentResult(attempt.MerchantReference, order.OrderUrl!.AbsoluteUri, null, null);
    }

    /// <summary>Verifies a callback body as received (zalopay.md §4) with every active key2.</summary>
    /// <param name="request">The callback; its body is ZaloPay's JSON.</param>
    /// <param name="cancellationToken">Unused: verification is pure.</param>
    /// <returns>The notification (always a payment: ZaloPay calls back only for successes), or <c>mac_invalid</c>, <c>payload_invalid</c> or <c>app_id_mismatch</c>.</returns>
    public Task<CallbackVerification> VerifyCallbackAsync(ProviderCallbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var verification = ZaloPayCallback.Verify(Encoding.UTF8.GetString(request.Body.Span), options.Key2s.ToList());
        CallbackVerification result = verification.Verdict switch
        {
            ZaloPayCallbackVerdict.MacInvalid => new(null, "mac_invalid"),
            ZaloPayCallbackVerdict.PayloadInvalid => new(null, "payload_invalid"),
            ZaloPayCallbackVerdict.Valid when verification.Data!.AppId != options.AppId => new(null, "app_id_mismatch"),
            ZaloPayCallbackVerdict.Valid => new(
                new ProviderNotification(verification.Data!.AppTransId, Code(verification.Data.ZpTransId), verification.Data.Amount, PaymentOutcome.Succeeded),
                null),
            _ => throw new ArgumentOutOfRangeException(nameof(request), verification.Verdict, "Undefined verdict."),
        };
        return Task.FromResult(result);
    }

    /// <summary>Asks ZaloPay for an order's status.</summary>
    /// <param name="providerReference">The merchant reference (<c>app_trans_id</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ProviderException">ZaloPay could not answer, or refused the query.</exception>
    public async Task<ProviderPaymentStatus> QueryAsync(string providerReference, CancellationToken cancellationToken)
    {
        var status = await client.QueryAsync(providerReference, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new ProviderPaymentStatus(
            status.Outcome,
            status.Outcome == PaymentOutcome.Succeeded ? status.Amount : null,
            status.ZpTransId != 0 ? Code(status.ZpTransId) : null);
    }

    /// <summary>
    /// Asks ZaloPay to refund; <c>m_refund_id</c> is derived from the refund reference (its own date, the app id, its
    /// unique part), so the same refund always has the same id.
    /// </summary>
    /// <param name="refund">The refund; amounts in đồng; <see cref="ProviderRefundRequest.ProviderTransactionId"/> is ZaloPay's <c>zp_trans_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>ZaloPay's word; <see cref="RefundOutcome.Pending"/> means query the refund later.</returns>
    /// <exception cref="ArgumentException">The refund reference is not a merchant reference, or the transaction id is not numeric.</exception>
    /// <exception cref="ProviderException">The outcome is not known; query the refund before retrying.</exception>
    public async Task<ProviderRefundResult> RefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (!long.TryParse(refund.ProviderTransactionId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var zpTransId))
        {
            throw new ArgumentException("ZaloPay's zp_trans_id is numeric.", nameof(refund));
        }

        var result = await client.RefundAsync(
            new ZaloPayRefundCreateOptions { MRefundId = RefundId(refund.RefundReference), ZpTransId = zpTransId, Amount = refund.Amount, Description = refund.Reason },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return Result(result);
    }

    /// <summary>
    /// Asks ZaloPay for a refund by its <c>m_refund_id</c> (zalopay.md §7). Never <see langword="null"/>: ZaloPay's
    /// refund request is signed with its own timestamp, so it cannot be sent again as it was, and a refund ZaloPay
    /// never received is answered as failed, which is what it is.
    /// </summary>
    /// <param name="refund">The refund as sent.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>ZaloPay's word on the refund.</returns>
    /// <exception cref="ArgumentException">The refund reference is not a merchant reference.</exception>
    /// <exception cref="ProviderException">ZaloPay could not answer, or answered malformed.</exception>
    public async Task<ProviderRefundResult?> QueryRefundAsync(ProviderRefundRequest refund, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refund);
        var result = await client.QueryRefundAsync(RefundId(refund.RefundReference), cancellationToken: cancellationToken).ConfigureAwait(false);
        return Result(result);
    }

    /// <summary><c>m_refund_id</c>, <c>yyMMdd_&lt;app_id&gt;_&lt;unique&gt;</c> from a merchant reference <c>yyMMdd_&lt;unique&gt;</c> (zalopay.md §6).</summary>
    /// <param name="refundReference">PayGov's refund reference.</param>
    /// <returns>The <c>m_refund_id</c>.</returns>
    /// <exception cref="ArgumentException">The reference is not a merchant reference.</exception>
    public string RefundId(string refundReference) => ZaloPayIds.RefundIdOf(refundReference, options.AppId);

    private static ProviderRefundResult Result(ZaloPayRefund refund) =>
        new(refund.Outcome, refund.RefundId is { } id ? Code(id) : null, Code(refund.ReturnCode));

    private static string Code(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
