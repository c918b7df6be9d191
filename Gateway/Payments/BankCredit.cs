namespace PayGov.Gateway.Payments;

/// <summary>
/// One credit on a collection account as its bank notification reported it (bank-notification.md §2.1), recorded
/// whatever it matched: the money is PayGov's to account for until the statement confirms it. The payer's account
/// is personal data kept only here, for refunds, and never logged.
/// </summary>
public sealed class BankCredit
{
    public required string Id { get; init; }

    /// <summary>The connector that reported it; with <see cref="TransactionId"/> the idempotency key.</summary>
    public required string ConnectorId { get; init; }

    /// <summary>The bank's id of the credit line, the same as on the statement.</summary>
    public required string TransactionId { get; init; }

    public required string BankCode { get; init; }

    public required string AccountNumber { get; init; }

    /// <summary>Đồng, as credited.</summary>
    public long Amount { get; init; }

    /// <summary>When the bank booked it; expiry rules use this time, not the arrival.</summary>
    public DateTimeOffset CreditTime { get; init; }

    public required string Description { get; init; }

    public required string BankReference { get; init; }

    public string? CounterBankCode { get; init; }

    public string? CounterAccountNumber { get; init; }

    public string? CounterAccountName { get; init; }

    /// <summary>The single transfer reference found in the description, if any.</summary>
    public string? MatchedReference { get; init; }

    /// <summary>The attempt the credit was matched to (rules 5–9), or <see langword="null"/> while unmatched.</summary>
    public string? AttemptId { get; init; }

    /// <summary>The reconciliation exception's reason (<c>unmatched_credit</c>, <c>overpayment</c>, …), or <see langword="null"/>.</summary>
    public string? Exception { get; private set; }

    /// <summary>Đồng to give back (rules 5, 6, 9): the refund an accountant must approve; a treasury transfer, never automatic.</summary>
    public long? RefundDue { get; private set; }

    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Raises a reconciliation exception on the credit, with the refund it calls for, if any.</summary>
    public void Flag(string exception, long? refundDue)
    {
        Exception = exception;
        RefundDue = refundDue;
    }

    /// <summary>The whole credit goes back (its intent expired underpaid): what an accountant approves as a refund.</summary>
    public void RefundInFull(string exception) => Flag(exception, Amount);
}
