namespace PayGov.Gateway.Payments;

/// <summary>Log messages of the payments feature (event ids 1000–1999).</summary>
internal static partial class PaymentsLog
{
    // Debug, not Information: a creation is not yet a transition, the created event records it, and at load the
    // line cost about a tenth of the gateway's CPU per create (bench/README.md).
    [LoggerMessage(1000, LogLevel.Debug, "Payment intent {PaymentIntentId} created for portal {PortalId}: {Amount} VND")]
    public static partial void IntentCreated(this ILogger logger, string paymentIntentId, string portalId, long amount);

    [LoggerMessage(1001, LogLevel.Information, "Payment intent {PaymentIntentId} moved to {Status} ({EventType})")]
    public static partial void IntentTransitioned(this ILogger logger, string paymentIntentId, string status, string eventType);

    [LoggerMessage(1002, LogLevel.Information, "Idempotency key of portal {PortalId} replayed from the database for {PaymentIntentId}")]
    public static partial void IdempotentReplayFromDatabase(this ILogger logger, string portalId, string paymentIntentId);

    [LoggerMessage(1003, LogLevel.Information, "Payment intent {PaymentIntentId} changed concurrently; reloading (attempt {Attempt})")]
    public static partial void ConcurrentChange(this ILogger logger, string paymentIntentId, int attempt);


    [LoggerMessage(1005, LogLevel.Information, "Expiry sweep expired {Count} payment intents")]
    public static partial void ExpirySweepExpired(this ILogger logger, int count);

    [LoggerMessage(1006, LogLevel.Information, "Attempt {AttemptId} of payment intent {PaymentIntentId} started at {ProviderId}: {Amount} VND")]
    public static partial void AttemptStarted(this ILogger logger, string attemptId, string paymentIntentId, string providerId, long amount);

    [LoggerMessage(1007, LogLevel.Warning, "Attempt {AttemptId} could not start at {ProviderId} (applied: {Applied}, code {ProviderCode})")]
    public static partial void AttemptNotStarted(this ILogger logger, string attemptId, string providerId, string applied, string? providerCode);

    [LoggerMessage(1008, LogLevel.Warning, "Callback from {ProviderId} rejected: {Reason} (merchant reference {MerchantReference})")]
    public static partial void CallbackRejected(this ILogger logger, string providerId, string reason, string? merchantReference);

    [LoggerMessage(1009, LogLevel.Information, "Callback from {ProviderId} for {MerchantReference} changed nothing: {Decision}")]
    public static partial void CallbackChangedNothing(this ILogger logger, string providerId, string merchantReference, string decision);

    [LoggerMessage(1010, LogLevel.Information, "Attempt {AttemptId} at {ProviderId} completed as {Status}")]
    public static partial void AttemptCompleted(this ILogger logger, string attemptId, string providerId, string status);

    [LoggerMessage(1011, LogLevel.Warning, "Query of attempt {AttemptId} at {ProviderId} failed (code {ProviderCode}); asking again later")]
    public static partial void AttemptQueryFailed(this ILogger logger, string attemptId, string providerId, string? providerCode);

    [LoggerMessage(1012, LogLevel.Information, "Attempt {AttemptId} at {ProviderId} abandoned: its provider says it is not paid and the citizen chose again")]
    public static partial void AttemptAbandoned(this ILogger logger, string attemptId, string providerId);

    [LoggerMessage(1013, LogLevel.Error, "Callback from {ProviderId} for {MerchantReference} could not be recorded; the provider will send it again")]
    public static partial void CallbackNotRecorded(this ILogger logger, string providerId, string merchantReference, Exception exception);

    [LoggerMessage(1014, LogLevel.Information, "Bank credit {TransactionId} recorded: reference {Reference}, exception {Exception}, intent {IntentStatus}")]
    public static partial void BankCreditRecorded(this ILogger logger, string transactionId, string? reference, string exception, string? intentStatus);

    [LoggerMessage(1015, LogLevel.Error, "Bank connector {ConnectorId} reused transaction id {TransactionId} for another credit: nothing stored, an operator must look")]
    public static partial void BankNotificationConflict(this ILogger logger, string connectorId, string transactionId);
}
