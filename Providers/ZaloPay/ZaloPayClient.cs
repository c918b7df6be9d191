using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace PayGov.Providers.ZaloPay;

/// <summary>
/// ZaloPay API v2 (zalopay.md): create, query, refund and query_refund, form-encoded, over a typed
/// <see cref="HttpClient"/> carrying the <c>zalopay</c> resilience pipeline
/// (<see cref="ZaloPayServiceCollectionExtensions.AddZaloPay"/>). Configured once; thread-safe. ZaloPay's
/// refusals are results; a <see cref="ProviderException"/> means PayGov does not know what ZaloPay decided.
/// </summary>
public sealed class ZaloPayClient
{
    private readonly HttpClient http;
    private readonly ZaloPayOptions options;
    private readonly TimeProvider timeProvider;

    /// <summary>Creates the client; normally resolved from DI after <see cref="ZaloPayServiceCollectionExtensions.AddZaloPay"/>.</summary>
    /// <param name="http">The typed client with the resilience pipeline.</param>
    /// <param name="options">The validated ZaloPay configuration.</param>
    /// <param name="timeProvider">The clock of <c>app_time</c>, <c>timestamp</c> and per-call time limits.</param>
    public ZaloPayClient(HttpClient http, IOptions<ZaloPayOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.options = options.Value;
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    }

    /// <summary>Creates an order and returns its <c>order_url</c> (zalopay.md §2).</summary>
    /// <param name="options">The order; amount in đồng.</param>
    /// <param name="request">Per-call options (time limit).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled create may still have been applied.</param>
    /// <returns>ZaloPay's answer; <see cref="ZaloPayOrder.IsCreated"/> is false when ZaloPay refused (<c>-68</c> on a repeat: query the order).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is outside the configured limits.</exception>
    /// <exception cref="ProviderUnavailableException">ZaloPay could not be reached (<see cref="ProviderApplied.No"/>) or failed after receiving the request (<see cref="ProviderApplied.Unknown"/>: query the order).</exception>
    /// <exception cref="ProviderProtocolException">ZaloPay's answer was malformed.</exception>
    public async Task<ZaloPayOrder> CreateOrderAsync(ZaloPayOrderCreateOptions options, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Amount, this.options.MinAmount, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Amount, this.options.MaxAmount, nameof(options));

        // embed_data is built once: the same text is signed and sent (zalopay.md §2).
        var embedData = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["redirecturl"] = (options.RedirectUrl ?? this.options.RedirectUrl!).AbsoluteUri,
            ["intent"] = options.IntentId ?? string.Empty,
        });
        var order = new ZaloPayCreateOrderRequest(
            this.options.AppId,
            options.AppUser,
            options.AppTransId,
            ZaloPayIds.UnixMilliseconds(timeProvider.GetUtcNow()),
            options.Amount,
            options.ItemJson,
            embedData,
            options.Description,
            BankCode: string.Empty,
            this.options.CallbackUrl!.AbsoluteUri,
            options.ExpireAfter is { } expire ? (long)expire.TotalSeconds : null).Signed(this.options.Key1);

        var answer = await PostAsync("v2/create", order.ToFormFields(), retryable: false, ProviderApplied.Unknown, request, cancellationToken).ConfigureAwait(false);
        var returnCode = answer.ReturnCode ?? throw Protocol(ProviderApplied.Unknown, "ZaloPay's create answer lacks return_code.", null);
        Uri? orderUrl = null;
        if (returnCode == 1 && !Uri.TryCreate(answer.OrderUrl, UriKind.Absolute, out orderUrl))
        {
            throw Protocol(ProviderApplied.Unknown, "ZaloPay created the order without a valid order_url.", returnCode);
        }

        return new ZaloPayOrder(order.AppTransId, returnCode, answer.ReturnMessage ?? string.Empty, answer.SubReturnCode ?? 0, answer.SubReturnMessage ?? string.Empty, orderUrl, answer.ZpTransToken);
    }

    /// <summary>Asks ZaloPay for an order's status (zalopay.md §5). Safe to retry, so the pipeline retries it.</summary>
    /// <param name="appTransId">The order id.</param>
    /// <param name="request">Per-call options (time limit).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ProviderUnavailableException">ZaloPay could not answer.</exception>
    /// <exception cref="ProviderProtocolException">ZaloPay refused the query itself (bad mac, app id, rate limit) or answered malformed.</exception>
    public async Task<ZaloPayOrderStatus> QueryAsync(string appTransId, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(appTransId);
        var fields = new ZaloPayQueryRequest(options.AppId, appTransId).ToFormFields(options.Key1);
        var answer = await PostAsync("v2/query", fields, retryable: true, ProviderApplied.No, request, cancellationToken).ConfigureAwait(false);
        var returnCode = answer.ReturnCode ?? throw Protocol(ProviderApplied.No, "ZaloPay's query answer lacks return_code.", null);
        var outcome = ZaloPayReturnCodes.Classify(returnCode) switch
        {
            ZaloPayStatus.Succeeded when answer.Amount is null || answer.ZpTransId is null =>
                throw Protocol(ProviderApplied.No, "ZaloPay reports the order paid without amount or zp_trans_id.", returnCode),
            ZaloPayStatus.Succeeded => PaymentOutcome.Succeeded,
            ZaloPayStatus.Failed => PaymentOutcome.Declined,
            ZaloPayStatus.Processing => PaymentOutcome.Pending,
            ZaloPayStatus.RequestRejected => throw Protocol(ProviderApplied.No, "ZaloPay refused the query.", returnCode),
            ZaloPayStatus.Unknown => PaymentOutcome.Unknown,
            _ => throw new System.Diagnostics.UnreachableException(),
        };
        return new ZaloPayOrderStatus(appTransId, returnCode, answer.SubReturnCode ?? 0, answer.IsProcessing ?? false, answer.Amount ?? 0, answer.ZpTransId ?? 0, outcome);
    }

    /// <summary>
    /// Refunds all or part of a paid order (zalopay.md §6). Never retried by the pipeline; after a
    /// <see cref="ProviderApplied.Unknown"/> failure, <see cref="QueryRefundAsync"/> the same refund id first.
    /// </summary>
    /// <param name="options">The refund; amount in đồng.</param>
    /// <param name="request">Per-call options (time limit).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled refund may still have been applied.</param>
    /// <returns>ZaloPay's answer; <see cref="RefundOutcome.Pending"/> means query the refund later.</returns>
    /// <exception cref="ProviderUnavailableException">ZaloPay could not be reached, or failed after receiving the request.</exception>
    /// <exception cref="ProviderProtocolException">ZaloPay's answer was malformed.</exception>
    public async Task<ZaloPayRefund> RefundAsync(ZaloPayRefundCreateOptions options, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Amount, nameof(options));
        var refund = new ZaloPayRefundRequest(
            this.options.AppId,
            options.MRefundId,
            ZaloPaySignature.Number(options.ZpTransId),
            options.Amount,
            ZaloPayIds.UnixMilliseconds(timeProvider.GetUtcNow()),
            options.Description).Signed(this.options.Key1);

        var answer = await PostAsync("v2/refund", refund.ToFormFields(), retryable: false, ProviderApplied.Unknown, request, cancellationToken).ConfigureAwait(false);
        return ToRefund(options.MRefundId, answer, ProviderApplied.Unknown);
    }

    /// <summary>Asks ZaloPay for a refund's status (zalopay.md §7). Safe to retry, so the pipeline retries it.</summary>
    /// <param name="mRefundId">PayGov's refund id.</param>
    /// <param name="request">Per-call options (time limit).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>ZaloPay's word on the refund.</returns>
    /// <exception cref="ProviderUnavailableException">ZaloPay could not answer.</exception>
    /// <exception cref="ProviderProtocolException">ZaloPay's answer was malformed.</exception>
    public async Task<ZaloPayRefund> QueryRefundAsync(string mRefundId, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(mRefundId);
        var timestamp = ZaloPayIds.UnixMilliseconds(timeProvider.GetUtcNow());
        KeyValuePair<string, string>[] fields =
        [
            new("app_id", ZaloPaySignature.Number(options.AppId)),
            new("m_refund_id", mRefundId),
            new("timestamp", ZaloPaySignature.Number(timestamp)),
            new("mac", ZaloPaySignature.Sign(ZaloPaySignature.QueryRefundMacInput(options.AppId, mRefundId, timestamp), options.Key1)),
        ];
        var answer = await PostAsync("v2/query_refund", fields, retryable: true, ProviderApplied.No, request, cancellationToken).ConfigureAwait(false);
        return ToRefund(mRefundId, answer, ProviderApplied.No);
    }

    private static ZaloPayRefund ToRefund(string mRefundId, ZaloPayResponse answer, ProviderApplied applied)
    {
        var returnCode = answer.ReturnCode ?? throw Protocol(applied, "ZaloPay's refund answer lacks return_code.", null);
        var outcome = ZaloPayReturnCodes.Classify(returnCode) switch
        {
            ZaloPayStatus.Succeeded => RefundOutcome.Succeeded,
            ZaloPayStatus.Processing => RefundOutcome.Pending,
            // A refused request refunded nothing; an operator decides what to do next.
            ZaloPayStatus.Failed or ZaloPayStatus.RequestRejected => RefundOutcome.Failed,
            ZaloPayStatus.Unknown => RefundOutcome.Unknown,
            _ => throw new System.Diagnostics.UnreachableException(),
        };
        return new ZaloPayRefund(mRefundId, returnCode, answer.SubReturnCode ?? 0, answer.ReturnMessage ?? string.Empty, answer.RefundId, outcome);
    }

    private static ProviderProtocolException Protocol(ProviderApplied applied, string message, int? returnCode, Exception? inner = null) =>
        new(ProviderId.ZaloPay, applied, message, returnCode?.ToString(CultureInfo.InvariantCulture), inner);

    private async Task<ZaloPayResponse> PostAsync(
        string path,
        IEnumerable<KeyValuePair<string, string>> fields,
        bool retryable,
        ProviderApplied appliedIfSent,
        RequestOptions? request,
        CancellationToken cancellationToken)
    {
        // Form encoding is transport only: the mac covers the raw values (zalopay.md §1).
        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(BaseUri(), path)) { Content = new FormUrlEncodedContent(fields) };
        message.Options.Set(ProviderResilience.Idempotent, retryable);
        using var response = await ProviderTransport.SendAsync(http, message, ProviderId.ZaloPay, appliedIfSent, request?.Timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        try
        {
            return await response.Content.ReadFromJsonAsync<ZaloPayResponse>(ZaloPayJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw Protocol(appliedIfSent, "ZaloPay answered with an empty body.", null);
        }
        catch (JsonException e)
        {
            throw Protocol(appliedIfSent, "ZaloPay answered with a body that is not its JSON.", null, e);
        }
        catch (NotSupportedException e)
        {
            throw Protocol(appliedIfSent, "ZaloPay answered with a content type that is not JSON.", null, e);
        }
    }

    // A base URL configured without a trailing slash would lose its last segment (the sandbox prefix) in new Uri(base, relative).
    private Uri BaseUri()
    {
        var baseUrl = options.BaseUrl!;
        return baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
    }
}
