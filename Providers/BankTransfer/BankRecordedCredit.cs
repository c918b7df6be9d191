namespace PayGov.Providers.BankTransfer;

/// <summary>A credit already stored under a <c>transaction_id</c> for the same connector.</summary>
/// <param name="AccountNumber">The collection account it credited.</param>
/// <param name="Amount">Its amount in đồng.</param>
/// <param name="CreditTime">Its booking time.</param>
public sealed record BankRecordedCredit(string AccountNumber, long Amount, DateTimeOffset CreditTime)
{
    /// <summary>
    /// Step 7 of bank-notification.md §2.3: the same account, amount and credit time is a replay
    /// (<see cref="BankNotificationAnswer.Duplicate"/>); anything else under the same id is a conflict.
    /// </summary>
    /// <param name="notification">The incoming notification with the same <c>transaction_id</c>.</param>
    /// <returns><see cref="BankNotificationAnswer.Duplicate"/> or <see cref="BankNotificationAnswer.NotificationConflict"/>.</returns>
    public BankNotificationAnswer CompareWith(BankCreditNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var same = string.Equals(AccountNumber, notification.AccountNumber, StringComparison.Ordinal)
            && Amount == notification.Amount
            && CreditTime == notification.CreditTime;
        return same ? BankNotificationAnswer.Duplicate : BankNotificationAnswer.NotificationConflict;
    }
}
