namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>
/// One transaction as a provider's daily settlement file lists it, before the provider's own layout is applied; amounts
/// in đồng. A line that is not a success carries no fee and no net (reconciliation formats/README.md).
/// </summary>
/// <param name="IsPayment">A payment; otherwise a refund.</param>
/// <param name="TransactionId">The provider's id of this movement (for a refund, the refund's own id).</param>
/// <param name="Reference">Payment: the merchant reference. Refund: the refunded payment's reference.</param>
/// <param name="RefundReference">Refund: the merchant's refund id; empty for a payment.</param>
/// <param name="OriginalTransactionId">Refund: the provider's id of the refunded payment; empty for a payment.</param>
/// <param name="Time">The provider's time of the movement; its GMT+7 date is the report day that lists it.</param>
/// <param name="Gross">What the citizen paid, or what was refunded; never negative.</param>
/// <param name="Fee">The provider's fee on the line.</param>
/// <param name="Success">Whether money moved.</param>
internal sealed record SandboxSettlementLine(
    bool IsPayment,
    string TransactionId,
    string Reference,
    string RefundReference,
    string OriginalTransactionId,
    DateTimeOffset Time,
    long Gross,
    long Fee,
    bool Success)
{
    /// <summary>VNPAY only: the transaction type code (<c>01</c>, <c>02</c>, <c>03</c>).</summary>
    public string TypeCode { get; init; } = string.Empty;

    /// <summary>VNPAY only: the bank or card scheme the citizen used; empty on refunds.</summary>
    public string BankCode { get; init; } = string.Empty;

    /// <summary>What the provider owes the merchant for the line: payment <c>gross − fee</c>, refund <c>−(gross + fee)</c>, 0 when not a success.</summary>
    public long Net => !Success ? 0 : IsPayment ? Gross - Fee : -(Gross + Fee);
}
