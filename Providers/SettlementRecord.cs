namespace PayGov.Providers;

/// <summary>
/// One normalised line of a provider settlement report, the shape every report reader yields (reconciliation
/// formats README, "What every reader yields"); money in đồng.
/// </summary>
/// <param name="Kind">Payment, refund or payout advice.</param>
/// <param name="Line">1-based position among the file's data lines.</param>
/// <param name="ProviderTransactionId">The provider's id of the movement (payout: its transfer id, if any).</param>
/// <param name="MerchantReference">Payment: PayGov's attempt reference; refund: the original payment's reference if given.</param>
/// <param name="RefundReference">Refund: the merchant refund id PayGov sent; <see langword="null"/> for a reversal the provider made itself.</param>
/// <param name="OriginalProviderTransactionId">Refund: the refunded payment's provider id, if given.</param>
/// <param name="Time">The provider's transaction time, as an instant.</param>
/// <param name="Gross">Gross amount in đồng, never negative.</param>
/// <param name="Fee">Fee in đồng.</param>
/// <param name="Net">Net amount in đồng.</param>
/// <param name="Success">Whether the provider's status code means success.</param>
/// <param name="PayoutBatchId">The payout batch that will pay this line, if given.</param>
/// <param name="PayoutDate">The batch's planned date, if given.</param>
/// <param name="Payout">For a payout advice: the transfer it describes; otherwise <see langword="null"/>.</param>
public sealed record SettlementRecord(
    SettlementRecordKind Kind,
    int Line,
    string? ProviderTransactionId,
    string? MerchantReference,
    string? RefundReference,
    string? OriginalProviderTransactionId,
    DateTimeOffset Time,
    long Gross,
    long Fee,
    long Net,
    bool Success,
    string? PayoutBatchId,
    DateOnly? PayoutDate,
    SettlementRecord.PayoutAdvice? Payout)
{
    /// <summary>An advice of a transfer the provider made that day.</summary>
    /// <param name="BatchId">The payout batch id.</param>
    /// <param name="ExecutedOn">The day the transfer was made.</param>
    /// <param name="CoveredDay">The business day the payout covers.</param>
    /// <param name="LineCount">Number of lines the batch pays.</param>
    /// <param name="Amount">Amount transferred, in đồng.</param>
    /// <param name="Account">The account credited.</param>
    /// <param name="TransferRemark">The remark of the transfer, as it will appear on the bank statement.</param>
    public sealed record PayoutAdvice(
        string BatchId,
        DateOnly ExecutedOn,
        DateOnly CoveredDay,
        int LineCount,
        long Amount,
        string Account,
        string TransferRemark);
}
