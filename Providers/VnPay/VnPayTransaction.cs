namespace PayGov.Providers.VnPay;

/// <summary>A payment's status at VNPAY (<see cref="VnPayClient.QueryAsync"/>, vnpay.md §6), from an answer whose signature verified.</summary>
/// <param name="TxnRef">The payment's reference.</param>
/// <param name="ResponseCode">The query's own result (table 9.2): <c>00</c> found, <c>91</c> not found, ...</param>
/// <param name="Message">VNPAY's text for the code.</param>
/// <param name="Amount">The payment's amount in đồng, when VNPAY reports one.</param>
/// <param name="TransactionNo">VNPAY's number of the payment, empty when none.</param>
/// <param name="BankCode">The bank or method used, empty when none.</param>
/// <param name="TransactionType"><c>01</c> payment; <c>02</c> or <c>03</c> once a full or partial refund was asked for.</param>
/// <param name="TransactionStatus">The status code (table 9.4): of the payment, or of its latest refund when <see cref="TransactionType"/> is a refund.</param>
/// <param name="Status">What the answer says about the payment.</param>
/// <param name="RefundOutcome">What it says about the latest refund; <see langword="null"/> when no refund was asked for.</param>
public sealed record VnPayTransaction(
    string TxnRef,
    string ResponseCode,
    string Message,
    long? Amount,
    string TransactionNo,
    string BankCode,
    string TransactionType,
    string TransactionStatus,
    VnPayQueryStatus Status,
    RefundOutcome? RefundOutcome);
