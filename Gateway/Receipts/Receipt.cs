using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Receipts;

/// <summary>
/// The electronic receipt (biên lai điện tử) of a paid intent: issued once, in the same transaction as the success,
/// and never changed. Its number is what a citizen quotes; its verification code is what the receipt's QR code carries,
/// so only a holder of the receipt can open its public verification page.
/// </summary>
public sealed class Receipt
{
    /// <summary>The human-friendly number, e.g. <c>BL-2026-7K3Q9-M2XW4</c> (<see cref="ReceiptNumbers"/>).</summary>
    public required string Number { get; init; }

    public required string VerificationCode { get; init; }

    public required string IntentId { get; init; }

    public required string AttemptId { get; init; }

    /// <summary>The provider's wire name (<c>momo</c>, <c>zalopay</c>, <c>vnpay</c>, <c>bank_transfer</c>).</summary>
    public required string Provider { get; init; }

    public string? ProviderTransactionId { get; init; }

    /// <summary>Đồng.</summary>
    public long Amount { get; init; }

    /// <summary>When the payment was recorded; shown in GMT+7.</summary>
    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>The receipt of <paramref name="attempt"/>, which has just paid its intent.</summary>
    public static Receipt Issue(PaymentAttempt attempt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return new Receipt
        {
            Number = ReceiptNumbers.NewNumber(now),
            VerificationCode = ReceiptNumbers.NewVerificationCode(),
            IntentId = attempt.IntentId,
            AttemptId = attempt.Id,
            Provider = attempt.Provider,
            ProviderTransactionId = attempt.ProviderTransactionId,
            Amount = attempt.Amount,
            IssuedAt = now,
        };
    }
}
