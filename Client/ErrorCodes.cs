namespace PayGov.Client;

/// <summary>The machine-readable problem codes PayGov answers with, to compare with <see cref="PayGovException.Code"/>.</summary>
public static class ErrorCodes
{
    /// <summary>The body is not valid JSON or has the wrong shape (400).</summary>
    public const string BodyMalformed = "body_malformed";

    /// <summary>The body is over the size limit (413).</summary>
    public const string BodyTooLarge = "body_too_large";

    /// <summary>The body is not JSON, or lacks <c>Content-Type: application/json</c> (415).</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>A request the API could not read, without a more precise code (400).</summary>
    public const string BadRequest = "bad_request";

    /// <summary>A required field is missing (400); <see cref="PayGovException.Param"/> names it.</summary>
    public const string ParameterMissing = "parameter_missing";

    /// <summary>A field has a value the API does not accept (400); <see cref="PayGovException.Param"/> names it.</summary>
    public const string ParameterInvalid = "parameter_invalid";

    /// <summary>A query parameter the list does not know (400).</summary>
    public const string ParameterUnknown = "parameter_unknown";

    /// <summary>An amount is not a positive whole number of đồng (400).</summary>
    public const string AmountInvalid = "amount_invalid";

    /// <summary>The amount is over the deployment's limit (400).</summary>
    public const string AmountTooLarge = "amount_too_large";

    /// <summary>A currency other than <c>VND</c> (400).</summary>
    public const string CurrencyInvalid = "currency_invalid";

    /// <summary>The fee items do not add up to the amount (400).</summary>
    public const string FeeItemsAmountMismatch = "fee_items_amount_mismatch";

    /// <summary>The return URL's host is not on the portal's allow-list (400).</summary>
    public const string ReturnUrlNotAllowed = "return_url_not_allowed";

    /// <summary>The expiry is too soon or too far ahead (400).</summary>
    public const string ExpiresAtInvalid = "expires_at_invalid";

    /// <summary>A POST that needs an <c>Idempotency-Key</c> came without one (400); this client always sends one.</summary>
    public const string IdempotencyKeyMissing = "idempotency_key_missing";

    /// <summary>The idempotency key is empty or not printable ASCII (400).</summary>
    public const string IdempotencyKeyInvalid = "idempotency_key_invalid";

    /// <summary>The idempotency key was used before with a different request (422); not retried.</summary>
    public const string IdempotencyKeyReused = "idempotency_key_reused";

    /// <summary>A request with the same idempotency key is still running (409); the client retries it.</summary>
    public const string IdempotencyKeyInUse = "idempotency_key_in_use";

    /// <summary>No API key was sent (401).</summary>
    public const string ApiKeyMissing = "api_key_missing";

    /// <summary>The API key is unknown, revoked or expired (401).</summary>
    public const string ApiKeyInvalid = "api_key_invalid";

    /// <summary>The key may not do this, for example a test helper with a live key (403).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>No such object for this portal (404).</summary>
    public const string ResourceMissing = "resource_missing";

    /// <summary>No such route: usually a base URL with a wrong path (404).</summary>
    public const string RouteNotFound = "route_not_found";

    /// <summary>The route exists but not with this HTTP method (405).</summary>
    public const string MethodNotAllowed = "method_not_allowed";

    /// <summary>The intent is paid, canceled or expired, so it cannot be canceled (409).</summary>
    public const string IntentNotCancelable = "intent_not_cancelable";

    /// <summary>The intent's state does not allow this change (409).</summary>
    public const string InvalidStateTransition = "invalid_state_transition";

    /// <summary>The portal is over its request budget (429); the client retries after <c>Retry-After</c>.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>A failure inside PayGov (500); quote <see cref="PayGovException.TraceId"/> when reporting it.</summary>
    public const string InternalError = "internal_error";
}
