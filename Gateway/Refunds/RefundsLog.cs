namespace PayGov.Gateway.Refunds;

/// <summary>Log messages of refunds (event ids 1500–1599, within the payments feature's range).</summary>
internal static partial class RefundsLog
{
    [LoggerMessage(1500, LogLevel.Information, "Refund {RefundId} of payment intent {PaymentIntentId} created ({Origin}): {Amount} VND")]
    public static partial void RefundCreated(this ILogger logger, string refundId, string paymentIntentId, string origin, long amount);

    [LoggerMessage(1501, LogLevel.Information, "Refund {RefundId} at {ProviderId} is {Status} (provider code {ProviderCode})")]
    public static partial void RefundRecorded(this ILogger logger, string refundId, string providerId, string status, string? providerCode);

    [LoggerMessage(1502, LogLevel.Warning, "Refund {RefundId} at {ProviderId}: no answer (applied: {Applied}, code {ProviderCode}); it stays pending and is asked about later")]
    public static partial void RefundUnanswered(this ILogger logger, string refundId, string providerId, string applied, string? providerCode);

    [LoggerMessage(1503, LogLevel.Information, "Refund {RefundId} or its payment intent changed concurrently; reloading (round {Round})")]
    public static partial void RefundConcurrentChange(this ILogger logger, string refundId, int round);

    [LoggerMessage(1504, LogLevel.Warning, "Attempt {AttemptId} is a {Anomaly}: refunding its {Amount} VND automatically as {RefundId}")]
    public static partial void AutomaticRefund(this ILogger logger, string attemptId, string anomaly, long amount, string refundId);

    [LoggerMessage(1505, LogLevel.Information, "Idempotency key of portal {PortalId} replayed from the database for {RefundId}")]
    public static partial void IdempotentReplayFromDatabase(this ILogger logger, string portalId, string refundId);

    [LoggerMessage(1506, LogLevel.Error, "Attempt {AttemptId} is a {Anomaly}, but its automatic refund could not be completed now; the anomaly sweep makes it, or the refund settling job finishes it if it was stored")]
    public static partial void AutomaticRefundDeferred(this ILogger logger, string attemptId, string anomaly, Exception exception);
}
