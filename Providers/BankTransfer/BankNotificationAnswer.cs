using System.Text.Json;

namespace PayGov.Providers.BankTransfer;

/// <summary>
/// What PayGov answers the sender of a bank notification (bank-notification.md §2.3): <c>200</c> with
/// <c>{"result":"accepted"|"duplicate"}</c>, or a 4xx problem+json with a machine <c>code</c>. The answer never
/// reveals whether a credit matched a payment.
/// </summary>
/// <param name="HttpStatus">HTTP status code.</param>
/// <param name="Result">For 200: <c>accepted</c> or <c>duplicate</c>; otherwise <see langword="null"/>.</param>
/// <param name="ProblemCode">For 4xx: the problem+json <c>code</c>; otherwise <see langword="null"/>.</param>
/// <param name="ProblemParam">For <c>payload_invalid</c>: the offending field; otherwise <see langword="null"/>.</param>
public sealed record BankNotificationAnswer(int HttpStatus, string? Result, string? ProblemCode, string? ProblemParam = null)
{
    /// <summary>200 <c>{"result":"accepted"}</c>: recorded (matched or not).</summary>
    public static BankNotificationAnswer Accepted { get; } = new(200, "accepted", null);

    /// <summary>200 <c>{"result":"duplicate"}</c>: the same credit was already recorded; nothing new.</summary>
    public static BankNotificationAnswer Duplicate { get; } = new(200, "duplicate", null);

    /// <summary>413 <c>payload_too_large</c>: body over 16 KiB.</summary>
    public static BankNotificationAnswer PayloadTooLarge { get; } = new(413, null, "payload_too_large");

    /// <summary>401 <c>signature_invalid</c>.</summary>
    public static BankNotificationAnswer SignatureInvalid { get; } = new(401, null, "signature_invalid");

    /// <summary>401 <c>timestamp_out_of_window</c>.</summary>
    public static BankNotificationAnswer TimestampOutOfWindow { get; } = new(401, null, "timestamp_out_of_window");

    /// <summary>422 <c>currency_unsupported</c>: not VND.</summary>
    public static BankNotificationAnswer CurrencyUnsupported { get; } = new(422, null, "currency_unsupported");

    /// <summary>422 <c>account_unknown</c>: not a collection account of this connector.</summary>
    public static BankNotificationAnswer AccountUnknown { get; } = new(422, null, "account_unknown");

    /// <summary>409 <c>notification_conflict</c>: a known <c>transaction_id</c> with different content; alert an operator.</summary>
    public static BankNotificationAnswer NotificationConflict { get; } = new(409, null, "notification_conflict");

    /// <summary>400 <c>payload_invalid</c> naming the offending field.</summary>
    /// <param name="param">The JSON field name.</param>
    /// <returns>The answer.</returns>
    public static BankNotificationAnswer PayloadInvalid(string param) => new(400, null, "payload_invalid", param);

    /// <summary>The answer for a rejection reason <see cref="BankTransferPaymentProvider"/> reported (its problem code).</summary>
    /// <param name="reason">The problem code, e.g. <c>timestamp_out_of_window</c>.</param>
    /// <param name="param">For <c>payload_invalid</c>, the offending field.</param>
    /// <returns>The answer to send.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The reason is not one of this protocol's problem codes.</exception>
    public static BankNotificationAnswer ForRejection(string reason, string? param) => reason switch
    {
        "payload_too_large" => PayloadTooLarge,
        "signature_invalid" => SignatureInvalid,
        "timestamp_out_of_window" => TimestampOutOfWindow,
        "payload_invalid" => PayloadInvalid(param ?? "body"),
        "currency_unsupported" => CurrencyUnsupported,
        "account_unknown" => AccountUnknown,
        "notification_conflict" => NotificationConflict,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Not a bank-notification problem code."),
    };

    /// <summary>The 200 body, e.g. <c>{"result":"accepted"}</c>; problem bodies are built by the gateway's problem+json writer.</summary>
    /// <returns>The JSON text.</returns>
    /// <exception cref="InvalidOperationException">This is a problem answer.</exception>
    public string ToJson() => Result is null
        ? throw new InvalidOperationException("Problem answers are written as application/problem+json by the gateway.")
        : JsonSerializer.Serialize(new Dictionary<string, string> { ["result"] = Result });
}
