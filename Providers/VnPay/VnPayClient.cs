using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PayGov.Providers.VnPay;

/// <summary>
/// VNPAY 2.1.0 (vnpay.md): the signed payment URL, <c>querydr</c> and <c>refund</c> over a typed
/// <see cref="HttpClient"/> that carries the <c>vnpay</c> resilience pipeline
/// (<see cref="VnPayServiceCollectionExtensions.AddVnPay"/>), and the verification of the IPN and Return URL.
/// Configured once; thread-safe. VNPAY's refusals are results; a <see cref="ProviderException"/> means PayGov
/// does not know what VNPAY decided.
/// </summary>
public sealed class VnPayClient
{
    private const string Version = "2.1.0";

    private readonly HttpClient http;
    private readonly VnPayOptions options;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the client; normally resolved from DI after <see cref="VnPayServiceCollectionExtensions.AddVnPay"/>.</summary>
    /// <param name="http">The typed client with the resilience pipeline.</param>
    /// <param name="options">The validated VNPAY configuration.</param>
    /// <param name="timeProvider">The clock of <c>vnp_CreateDate</c>, request ids and per-call time limits.</param>
    public VnPayClient(HttpClient http, IOptions<VnPayOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options.Value;
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>
    /// Builds the signed payment URL (vnpay.md §2–3). Nothing is sent: VNPAY learns of the payment when the
    /// citizen's browser opens the URL, and reports it by IPN.
    /// </summary>
    /// <param name="options">The payment; amount in đồng.</param>
    /// <returns>The URL to redirect the citizen to.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is outside the configured limits.</exception>
    /// <exception cref="ArgumentException">The description is empty once sanitised.</exception>
    public VnPayPaymentLink CreatePaymentUrl(VnPayPaymentCreateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Amount, this.options.MinAmount, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Amount, this.options.MaxAmount, nameof(options));
        var request = new VnPayPaymentRequest(
            this.options.TmnCode,
            options.TxnRef,
            options.Amount,
            options.OrderInfo,
            (options.ReturnUrl ?? this.options.ReturnUrl!).AbsoluteUri,
            options.IpAddress ?? this.options.ServerIpAddress,
            options.CreatedAt,
            options.ExpiresAt,
            this.options.Locale,
            options.BankCode);
        var url = VnPayPaymentUrl.Build(this.options.PaymentUrl!.AbsoluteUri, request, this.options.HashSecrets[0]);
        return new VnPayPaymentLink(options.TxnRef, options.Amount, new Uri(url));
    }

    /// <summary>
    /// Verifies what VNPAY sends to the IPN URL or the Return URL (vnpay.md §2.2) with every active hash secret.
    /// Decide the IPN's answer with <see cref="VnPayIpn.Decide"/>; a Return URL is for display only.
    /// </summary>
    /// <param name="queryString">The raw query string as received (with or without <c>?</c>), or the whole URL.</param>
    /// <returns>The verdict and, when the signature is valid, the notification.</returns>
    public VnPayCallbackVerification VerifyCallback(string queryString) => VnPayCallback.Verify(queryString, options.HashSecrets.ToList());

    /// <summary>Asks VNPAY for a payment's status (<c>querydr</c>, vnpay.md §6). Safe to repeat, so the pipeline retries it.</summary>
    /// <param name="options">The payment: its reference and creation time.</param>
    /// <param name="request">Per-call options; <see cref="RequestOptions.RequestId"/> (<c>vnp_RequestId</c>) defaults to a new merchant reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; <see cref="VnPayQueryStatus.NotFound"/> when VNPAY never saw the payment.</returns>
    /// <exception cref="ProviderUnavailableException">VNPAY could not answer.</exception>
    /// <exception cref="SignatureVerificationException">VNPAY's answer was not signed with our secret: a failed call, never a status.</exception>
    /// <exception cref="ProviderProtocolException">VNPAY's answer was malformed or named another payment.</exception>
    public async Task<VnPayTransaction> QueryAsync(VnPayQueryOptions options, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.TxnRef, nameof(options));
        var now = timeProvider.GetUtcNow();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_RequestId"] = request?.RequestId ?? MerchantReference.Create(now),
            ["vnp_Version"] = Version,
            ["vnp_Command"] = "querydr",
            ["vnp_TmnCode"] = this.options.TmnCode,
            ["vnp_TxnRef"] = options.TxnRef,
            ["vnp_OrderInfo"] = "Truy van giao dich " + options.TxnRef,
            ["vnp_TransactionDate"] = VietnamTime.VnPayTimestamp(options.TransactionDate),
            ["vnp_CreateDate"] = VietnamTime.VnPayTimestamp(now),
            ["vnp_IpAddr"] = this.options.ServerIpAddress,
        };
        if (!string.IsNullOrEmpty(options.TransactionNo))
        {
            fields["vnp_TransactionNo"] = options.TransactionNo;
        }

        var answer = await PostAsync(VnPayApi.SignQueryDr(fields, this.options.HashSecrets[0]), retryable: true, ProviderApplied.No, request, cancellationToken).ConfigureAwait(false);
        var status = VnPayApi.ReadQueryDrResponse(answer, this.options.HashSecrets.ToList());
        var responseCode = Get(answer, "vnp_ResponseCode");
        if (responseCode == "00" && !Echoes(answer, "vnp_TxnRef", options.TxnRef))
        {
            throw Protocol(ProviderApplied.No, "VNPAY's querydr answer names another payment.", responseCode);
        }

        var transactionType = Get(answer, "vnp_TransactionType");
        var transactionStatus = Get(answer, "vnp_TransactionStatus");
        RefundOutcome? refund = null;
        if (responseCode == "00" && transactionType is "02" or "03")
        {
            // Only a paid payment can be refunded; the status is then the latest refund's (vnpay.md §7).
            status = VnPayQueryStatus.Succeeded;
            refund = Outcome(VnPayCodes.RefundStatus(responseCode, transactionStatus));
        }

        return new VnPayTransaction(
            options.TxnRef,
            responseCode,
            Get(answer, "vnp_Message"),
            VnPayAmount.TryFromWire(Get(answer, "vnp_Amount"), out var amount) ? amount : null,
            Get(answer, "vnp_TransactionNo"),
            Get(answer, "vnp_BankCode"),
            transactionType,
            transactionStatus,
            status,
            refund);
    }

    /// <summary>
    /// Refunds all or part of a paid payment (vnpay.md §7). Never retried by the pipeline: a refund sent twice
    /// could pay out twice. After a <see cref="ProviderApplied.Unknown"/> failure, query the payment before
    /// sending the same refund id again.
    /// </summary>
    /// <param name="options">The refund; amounts in đồng.</param>
    /// <param name="request">Per-call options; the request id is always the refund id, so a repeat names the same refund.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled refund may still have been applied.</param>
    /// <returns>VNPAY's answer; accepted refunds are usually <see cref="RefundOutcome.Pending"/> until a query shows them done.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive or exceeds the payment's.</exception>
    /// <exception cref="ProviderUnavailableException">VNPAY could not be reached, or failed after receiving the request.</exception>
    /// <exception cref="SignatureVerificationException">VNPAY's answer was not signed with our secret; the refund may have been applied.</exception>
    /// <exception cref="ProviderProtocolException">VNPAY's answer was malformed or named another payment.</exception>
    public async Task<VnPayRefund> RefundAsync(VnPayRefundCreateOptions options, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Amount, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Amount, options.PaymentAmount, nameof(options));
        var reason = VnPayOrderInfo.Sanitize(options.Reason);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnp_RequestId"] = options.RefundId,
            ["vnp_Version"] = Version,
            ["vnp_Command"] = "refund",
            ["vnp_TmnCode"] = this.options.TmnCode,
            ["vnp_TransactionType"] = options.Amount == options.PaymentAmount ? "02" : "03",
            ["vnp_TxnRef"] = options.TxnRef,
            ["vnp_Amount"] = VnPayAmount.ToWire(options.Amount),
            ["vnp_TransactionNo"] = options.TransactionNo,
            ["vnp_TransactionDate"] = VietnamTime.VnPayTimestamp(options.TransactionDate),
            ["vnp_CreateBy"] = options.CreatedBy,
            ["vnp_CreateDate"] = VietnamTime.VnPayTimestamp(timeProvider.GetUtcNow()),
            ["vnp_IpAddr"] = this.options.ServerIpAddress,
            ["vnp_OrderInfo"] = reason.Length > 0 ? reason : "Hoan tien " + options.TxnRef,
        };

        var answer = await PostAsync(VnPayApi.SignRefund(fields, this.options.HashSecrets[0]), retryable: false, ProviderApplied.Unknown, request, cancellationToken).ConfigureAwait(false);
        var status = VnPayApi.ReadRefundResponse(answer, this.options.HashSecrets.ToList());
        var responseCode = Get(answer, "vnp_ResponseCode");
        if (responseCode == "00" && (!Echoes(answer, "vnp_TxnRef", options.TxnRef) || !Echoes(answer, "vnp_Amount", fields["vnp_Amount"])))
        {
            throw Protocol(ProviderApplied.Unknown, "VNPAY's refund answer names another payment or amount.", responseCode);
        }

        return new VnPayRefund(
            options.RefundId,
            options.Amount,
            responseCode == "00" ? Get(answer, "vnp_TransactionNo") : string.Empty,
            responseCode,
            Get(answer, "vnp_TransactionStatus"),
            Get(answer, "vnp_Message"),
            Outcome(status));
    }

    private static RefundOutcome Outcome(VnPayRefundStatus status) => status switch
    {
        VnPayRefundStatus.Succeeded => RefundOutcome.Succeeded,
        VnPayRefundStatus.Pending => RefundOutcome.Pending,
        VnPayRefundStatus.Failed => RefundOutcome.Failed,
        VnPayRefundStatus.Unknown => RefundOutcome.Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Undefined refund status."),
    };

    private static string Get(Dictionary<string, string> answer, string name) => answer.GetValueOrDefault(name, string.Empty);

    private static bool Echoes(Dictionary<string, string> answer, string name, string sent) => string.Equals(Get(answer, name), sent, StringComparison.Ordinal);

    private static ProviderProtocolException Protocol(ProviderApplied applied, string message, string? responseCode, Exception? inner = null) =>
        new(ProviderId.VnPay, applied, message, responseCode, inner);

    /// <summary>Sends one signed JSON body to the API URL and reads VNPAY's answer: a flat JSON object of string values.</summary>
    private async Task<Dictionary<string, string>> PostAsync(
        Dictionary<string, string> body,
        bool retryable,
        ProviderApplied appliedIfSent,
        RequestOptions? request,
        CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, options.ApiUrl) { Content = JsonContent.Create(body) };
        message.Options.Set(ProviderResilience.Idempotent, retryable);
        using var response = await ProviderTransport.SendAsync(http, message, ProviderId.VnPay, appliedIfSent, request?.Timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Protocol(appliedIfSent, "VNPAY answered with JSON that is not an object.", null);
            }

            var answer = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                // Every value VNPAY signs is a string; a number or a repeated name could be read two ways.
                if (property.Value.ValueKind != JsonValueKind.String || !answer.TryAdd(property.Name, property.Value.GetString()!))
                {
                    throw Protocol(appliedIfSent, "VNPAY answered with a field that is not a single string.", null);
                }
            }

            return answer;
        }
        catch (JsonException e)
        {
            throw Protocol(appliedIfSent, "VNPAY answered with a body that is not its JSON.", null, e);
        }
    }
}
