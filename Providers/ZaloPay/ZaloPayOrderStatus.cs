namespace PayGov.Providers.ZaloPay;

/// <summary>An order's status at ZaloPay (<see cref="ZaloPayClient.QueryAsync"/>, zalopay.md §5).</summary>
/// <param name="AppTransId">The order id.</param>
/// <param name="ReturnCode"><c>1</c> paid, <c>2</c> failed, <c>3</c> not paid yet or processing.</param>
/// <param name="SubReturnCode">ZaloPay's detail code, for logs.</param>
/// <param name="IsProcessing">True while ZaloPay is processing a payment.</param>
/// <param name="Amount">The amount in đồng ZaloPay reports, when paid.</param>
/// <param name="ZpTransId">ZaloPay's transaction id, when paid.</param>
/// <param name="Outcome">Paid, pending, declined, or unknown for a code PayGov does not know.</param>
public sealed record ZaloPayOrderStatus(
    string AppTransId,
    int ReturnCode,
    int SubReturnCode,
    bool IsProcessing,
    long Amount,
    long ZpTransId,
    PaymentOutcome Outcome);
