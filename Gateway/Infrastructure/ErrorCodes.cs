namespace PayGov.Gateway.Infrastructure;

/// <summary>Every machine-readable error code the API answers with, and the HTTP status each one means.</summary>
public static class ErrorCodes
{
    public const string BodyMalformed = "body_malformed";
    public const string BodyTooLarge = "body_too_large";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string ParameterMissing = "parameter_missing";
    public const string ParameterInvalid = "parameter_invalid";
    public const string ParameterUnknown = "parameter_unknown";
    public const string AmountInvalid = "amount_invalid";
    public const string AmountTooLarge = "amount_too_large";
    public const string CurrencyInvalid = "currency_invalid";
    public const string FeeItemsMismatch = "fee_items_amount_mismatch";
    public const string ReturnUrlNotAllowed = "return_url_not_allowed";
    public const string ExpiresAtInvalid = "expires_at_invalid";
    public const string IdempotencyKeyMissing = "idempotency_key_missing";
    public const string IdempotencyKeyInvalid = "idempotency_key_invalid";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string IdempotencyKeyInUse = "idempotency_key_in_use";
    public const string ApiKeyMissing = "api_key_missing";
    public const string ApiKeyInvalid = "api_key_invalid";
    public const string Forbidden = "forbidden";
    public const string ResourceMissing = "resource_missing";
    public const string RouteNotFound = "route_not_found";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string InvalidStateTransition = "invalid_state_transition";
    public const string IntentNotCancelable = "intent_not_cancelable";
    public const string AmountExceedsRefundable = "amount_exceeds_refundable";
    public const string RateLimited = "rate_limited";
    public const string WebhookUrlNotAllowed = "webhook_url_not_allowed";
    public const string DeliveryNotReplayable = "delivery_not_replayable";
    public const string TestModeOnly = "test_mode_only";
    public const string SignatureInvalid = "signature_invalid";
    public const string PayloadInvalid = "payload_invalid";
    public const string ProviderUnavailable = "provider_unavailable";
    public const string PaymentInDoubt = "payment_in_doubt";

    // The bank credit notification's own codes (bank-notification.md §2.3).
    public const string PayloadTooLarge = "payload_too_large";
    public const string TimestampOutOfWindow = "timestamp_out_of_window";
    public const string CurrencyUnsupported = "currency_unsupported";
    public const string AccountUnknown = "account_unknown";
    public const string NotificationConflict = "notification_conflict";
    public const string BadRequest = "bad_request";
    public const string InvalidCredentials = "invalid_credentials";
    public const string SessionMissing = "session_missing";
    public const string CsrfTokenInvalid = "csrf_token_invalid";
    public const string FileMalformed = "file_malformed";
    public const string FileKindUnknown = "file_kind_unknown";
    public const string ReconciliationBusy = "reconciliation_busy";
    public const string ExceptionNotOpen = "exception_not_open";
    public const string ApprovalNotAllowed = "approval_not_allowed";
    public const string DayClosed = "day_closed";
    public const string DayNotReconciled = "day_not_reconciled";
    public const string ExceptionsOutstanding = "exceptions_outstanding";
    public const string InputsChanged = "inputs_changed";
    public const string InternalError = "internal_error";

    public static int StatusOf(string code) => code switch
    {
        BodyTooLarge or PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ApiKeyMissing or ApiKeyInvalid or SignatureInvalid or TimestampOutOfWindow or InvalidCredentials or SessionMissing => StatusCodes.Status401Unauthorized,
        Forbidden or TestModeOnly or CsrfTokenInvalid or ApprovalNotAllowed => StatusCodes.Status403Forbidden,
        ProviderUnavailable => StatusCodes.Status502BadGateway,
        ResourceMissing or RouteNotFound => StatusCodes.Status404NotFound,
        MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        IdempotencyKeyInUse or InvalidStateTransition or PaymentInDoubt or IntentNotCancelable or DeliveryNotReplayable or NotificationConflict
            or ReconciliationBusy or ExceptionNotOpen or DayClosed or DayNotReconciled or ExceptionsOutstanding or InputsChanged => StatusCodes.Status409Conflict,
        IdempotencyKeyReused or CurrencyUnsupported or AccountUnknown or FileMalformed => StatusCodes.Status422UnprocessableEntity,
        RateLimited => StatusCodes.Status429TooManyRequests,
        InternalError => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>The code for a problem the framework made itself (routing, Kestrel limits), by its status.</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => ApiKeyMissing,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => BodyTooLarge,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => RateLimited,
        >= 500 => InternalError,
        _ => BadRequest,
    };
}
