using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PayGov.Providers.MoMo;

/// <summary>
/// MoMo All-In-One API v2 (momo.md): create, query and refund over a typed <see cref="HttpClient"/> that carries
/// the <c>momo</c> resilience pipeline (<see cref="MoMoServiceCollectionExtensions.AddMoMo"/>). Configured once;
/// thread-safe. MoMo's refusals are results; a <see cref="ProviderException"/> means PayGov does not know what
/// MoMo decided.
/// </summary>
public sealed class MoMoClient
{
    private const string CreatePath = "v2/gateway/api/create";
    private const string QueryPath = "v2/gateway/api/query";
    private const string RefundPath = "v2/gateway/api/refund";

    private readonly HttpClient http;
    private readonly MoMoOptions options;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the client; normally resolved from DI after <see cref="MoMoServiceCollectionExtensions.AddMoMo"/>.</summary>
    /// <param name="http">The typed client with the resilience pipeline.</param>
    /// <param name="options">The validated MoMo configuration.</param>
    /// <param name="timeProvider">The clock of request ids and per-call time limits.</param>
    public MoMoClient(HttpClient http, IOptions<MoMoOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options.Value;
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>Creates a payment and returns MoMo's hosted page (momo.md §3).</summary>
    /// <param name="options">The payment; amount in đồng.</param>
    /// <param name="request">Per-call options; <see cref="RequestOptions.RequestId"/> defaults to the order id, which MoMo de-duplicates on.</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled create may still have been applied.</param>
    /// <returns>MoMo's answer; <see cref="MoMoPayment.IsCreated"/> is false when MoMo refused.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is outside the configured limits.</exception>
    /// <exception cref="ProviderUnavailableException">MoMo could not be reached (<see cref="ProviderApplied.No"/>) or failed after receiving the request (<see cref="ProviderApplied.Unknown"/>: query the order).</exception>
    /// <exception cref="ProviderProtocolException">MoMo's answer was malformed or did not echo the request.</exception>
    public async Task<MoMoPayment> CreatePaymentAsync(MoMoPaymentCreateOptions options, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Amount, this.options.MinAmount, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Amount, this.options.MaxAmount, nameof(options));
        var requestId = request?.RequestId ?? options.OrderId;
        var body = new MoMoCreatePaymentRequest(
            this.options.PartnerCode,
            this.options.PartnerName,
            this.options.StoreId,
            requestId,
            options.Amount,
            options.OrderId,
            options.OrderInfo,
            (options.RedirectUrl ?? this.options.RedirectUrl!).AbsoluteUri,
            this.options.IpnUrl!.AbsoluteUri,
            WireName(options.RequestType),
            options.ExtraData,
            this.options.Lang,
            AutoCapture: true).Signed(this.options.AccessKey, this.options.SecretKeys[0]);

        var answer = await PostAsync<MoMoCreatePaymentRequest, MoMoCreatePaymentResponse>(CreatePath, body, retryable: false, ProviderApplied.Unknown, request, cancellationToken).ConfigureAwait(false);
        if (answer.ResultCode is not { } resultCode || !Echoes(answer.OrderId, body.OrderId) || !Echoes(answer.RequestId, body.RequestId))
        {
            throw Protocol(ProviderApplied.Unknown, "MoMo's create answer lacks resultCode or does not echo the order.", answer.ResultCode);
        }

        Uri? payUrl = null;
        if (resultCode == MoMoResultCodes.Success
            && (answer.Amount != body.Amount || !Uri.TryCreate(answer.PayUrl, UriKind.Absolute, out payUrl)))
        {
            throw Protocol(ProviderApplied.Unknown, "MoMo created the payment but its answer has a different amount or no valid payUrl.", resultCode);
        }

        return new MoMoPayment(body.OrderId, body.RequestId, body.Amount, resultCode, answer.Message ?? string.Empty, payUrl, answer.Deeplink, answer.QrCodeUrl, answer.ResponseTime ?? 0);
    }

    /// <summary>Asks MoMo for a payment's status (momo.md §6). Safe to retry, so the pipeline retries it.</summary>
    /// <param name="orderId">The payment's attempt reference.</param>
    /// <param name="request">Per-call options; <see cref="RequestOptions.RequestId"/> defaults to a new merchant reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; <see cref="MoMoTransaction.IsNotFound"/> when MoMo never saw the order.</returns>
    /// <exception cref="ProviderUnavailableException">MoMo could not answer.</exception>
    /// <exception cref="ProviderProtocolException">MoMo's answer was malformed or named another order.</exception>
    public async Task<MoMoTransaction> QueryAsync(string orderId, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        var body = new MoMoQueryRequest(
            options.PartnerCode,
            request?.RequestId ?? MerchantReference.Create(timeProvider.GetUtcNow()),
            orderId,
            options.Lang).Signed(options.AccessKey, options.SecretKeys[0]);

        var answer = await PostAsync<MoMoQueryRequest, MoMoQueryResponse>(QueryPath, body, retryable: true, ProviderApplied.No, request, cancellationToken).ConfigureAwait(false);
        if (answer.ResultCode is not { } resultCode || !Echoes(answer.OrderId, orderId))
        {
            throw Protocol(ProviderApplied.No, "MoMo's query answer lacks resultCode or names another order.", answer.ResultCode);
        }

        if (resultCode == MoMoResultCodes.Success && (answer.Amount is null || answer.TransId is null))
        {
            throw Protocol(ProviderApplied.No, "MoMo reports the payment paid without amount or transId.", resultCode);
        }

        var refunds = (answer.RefundTrans ?? [])
            .Select(r => new MoMoRefundTransaction(r.OrderId, r.Amount, r.ResultCode, r.TransId, r.CreatedTime))
            .ToList();
        return new MoMoTransaction(orderId, answer.Amount ?? 0, answer.TransId ?? 0, resultCode, answer.Message ?? string.Empty, answer.PayType ?? string.Empty, refunds);
    }

    /// <summary>
    /// Refunds all or part of a paid payment (momo.md §7). Never retried by the pipeline: a refund sent twice
    /// under two request ids could pay out twice. After a <see cref="ProviderApplied.Unknown"/> failure, query the
    /// payment (its <c>refundTrans</c>) before sending the same refund id again.
    /// </summary>
    /// <param name="options">The refund; amount in đồng.</param>
    /// <param name="request">Per-call options; the request id is always the refund id (PayGov rule, momo.md §7).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled refund may still have been applied.</param>
    /// <returns>MoMo's answer; a refusal is <see cref="RefundOutcome.Failed"/>.</returns>
    /// <exception cref="ProviderUnavailableException">MoMo could not be reached, or failed after receiving the request.</exception>
    /// <exception cref="ProviderProtocolException">MoMo's answer was malformed or named another refund.</exception>
    public async Task<MoMoRefund> RefundAsync(MoMoRefundCreateOptions options, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Amount, nameof(options));
        var body = new MoMoRefundRequest(
            this.options.PartnerCode,
            options.RefundId,
            options.RefundId,
            options.Amount,
            options.TransId,
            this.options.Lang,
            options.Description).Signed(this.options.AccessKey, this.options.SecretKeys[0]);

        var answer = await PostAsync<MoMoRefundRequest, MoMoRefundResponse>(RefundPath, body, retryable: false, ProviderApplied.Unknown, request, cancellationToken).ConfigureAwait(false);
        if (answer.ResultCode is not { } resultCode || !Echoes(answer.OrderId, body.OrderId))
        {
            throw Protocol(ProviderApplied.Unknown, "MoMo's refund answer lacks resultCode or names another refund.", answer.ResultCode);
        }

        return new MoMoRefund(body.OrderId, body.Amount, answer.TransId ?? 0, resultCode, answer.Message ?? string.Empty, MoMoResultCodes.ClassifyRefund(resultCode));
    }

    private static string WireName(MoMoRequestType type) => type switch
    {
        MoMoRequestType.CaptureWallet => "captureWallet",
        MoMoRequestType.PayWithAtm => "payWithATM",
        MoMoRequestType.PayWithCreditCard => "payWithCC",
        MoMoRequestType.PayWithMethod => "payWithMethod",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Undefined MoMo request type."),
    };

    // MoMo's answers are unsigned (momo.md §3, §11); the echo is what ties an answer to our request.
    private static bool Echoes(string? echoed, string sent) => string.Equals(echoed, sent, StringComparison.Ordinal);

    private static ProviderProtocolException Protocol(ProviderApplied applied, string message, int? resultCode, Exception? inner = null) =>
        new(ProviderId.MoMo, applied, message, resultCode?.ToString(System.Globalization.CultureInfo.InvariantCulture), inner);

    private async Task<TResponse> PostAsync<TRequest, TResponse>(
        string path,
        TRequest body,
        bool retryable,
        ProviderApplied appliedIfSent,
        RequestOptions? request,
        CancellationToken cancellationToken)
        where TResponse : class
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri(), path))
        {
            Content = JsonContent.Create(body, options: MoMoJson.Options),
        };
        message.Options.Set(ProviderResilience.Idempotent, retryable);
        using var response = await ProviderTransport.SendAsync(http, message, ProviderId.MoMo, appliedIfSent, request?.Timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        try
        {
            // MoMo answers its refusals with a resultCode in the body, whatever the HTTP status below 500.
            return await response.Content.ReadFromJsonAsync<TResponse>(MoMoJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw Protocol(appliedIfSent, "MoMo answered with an empty body.", null);
        }
        catch (JsonException e)
        {
            throw Protocol(appliedIfSent, "MoMo answered with a body that is not its JSON.", null, e);
        }
        catch (NotSupportedException e)
        {
            throw Protocol(appliedIfSent, "MoMo answered with a content type that is not JSON.", null, e);
        }
    }

    // A base URL configured without a trailing slash would lose its last segment (the sandbox prefix) in new Uri(base, relative).
    private Uri BaseUri()
    {
        var baseUrl = options.BaseUrl!;
        return baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }
}
