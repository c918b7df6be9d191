namespace PayGov.Providers.BankTransfer;

/// <summary>
/// Matches a recorded credit to its attempt by the reference in the remark and applies the amount rules of
/// bank-notification.md §5, in order. Never matches on amount, payer name or time alone.
/// </summary>
public static class BankCreditMatcher
{
    /// <summary>Applies rules 1–9.</summary>
    /// <param name="credit">The verified credit.</param>
    /// <param name="references">The references <see cref="TransferReference.FindIn"/> found in its description.</param>
    /// <param name="attempt">The attempt holding the single reference, or <see langword="null"/> when none does (or not exactly one reference was found).</param>
    /// <returns>The exception, amounts and the intent's status afterwards.</returns>
    public static BankCreditMatch Match(BankCreditNotification credit, IReadOnlyList<string> references, BankTransferAttempt? attempt)
    {
        ArgumentNullException.ThrowIfNull(credit);
        ArgumentNullException.ThrowIfNull(references);
        switch (references.Count)
        {
            case 0:
                return new(BankCreditExceptionReason.UnmatchedCredit, null, null, null, null, null);
            case > 1:
                return new(BankCreditExceptionReason.AmbiguousReference, null, null, null, null, null);
        }

        var reference = references[0];
        if (attempt is null || !string.Equals(attempt.Reference, reference, StringComparison.Ordinal))
        {
            return new(BankCreditExceptionReason.UnmatchedCredit, reference, null, null, null, null);
        }

        if (!string.Equals(credit.AccountNumber, attempt.AccountNumber, StringComparison.Ordinal))
        {
            return new(BankCreditExceptionReason.AccountMismatch, reference, null, null, null, attempt.IntentStatus);
        }

        if (attempt.IntentStatus == BankIntentStatus.Succeeded)
        {
            return new(BankCreditExceptionReason.DuplicatePayment, reference, null, null, credit.Amount, BankIntentStatus.Succeeded);
        }

        // Expiry is judged by the bank's booking time, not by when the notification arrived (§5).
        if (attempt.IntentStatus is BankIntentStatus.Canceled or BankIntentStatus.Expired || credit.CreditTime > attempt.ExpiresAt)
        {
            return new(BankCreditExceptionReason.LatePayment, reference, null, null, credit.Amount, attempt.IntentStatus);
        }

        var received = checked(attempt.ReceivedSoFar + credit.Amount);
        if (received == attempt.ExpectedAmount)
        {
            return new(BankCreditExceptionReason.None, reference, received, null, null, BankIntentStatus.Succeeded);
        }

        if (received < attempt.ExpectedAmount)
        {
            return new(BankCreditExceptionReason.None, reference, received, attempt.ExpectedAmount - received, null, BankIntentStatus.Processing);
        }

        return new(BankCreditExceptionReason.Overpayment, reference, received, null, received - attempt.ExpectedAmount, BankIntentStatus.Succeeded);
    }

    /// <summary>Rule 10: an open attempt reaching its expiry with part of the money expires, and every matched credit is refunded.</summary>
    /// <param name="attempt">The open attempt at its expiry (plus the configured grace for in-flight credits).</param>
    /// <returns>The underpayment to raise, or <see langword="null"/> when nothing was received (a plain expiry).</returns>
    public static BankCreditMatch? OnExpiry(BankTransferAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (attempt.IntentStatus != BankIntentStatus.Processing || attempt.ReceivedSoFar <= 0 || attempt.ReceivedSoFar >= attempt.ExpectedAmount)
        {
            return null;
        }

        return new(BankCreditExceptionReason.Underpayment, attempt.Reference, attempt.ReceivedSoFar, null, attempt.ReceivedSoFar, BankIntentStatus.Expired);
    }
}
