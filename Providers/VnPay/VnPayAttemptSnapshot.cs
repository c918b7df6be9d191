namespace PayGov.Providers.VnPay;

/// <summary>What PayGov knows of the attempt an IPN names, looked up by <c>vnp_TxnRef</c>.</summary>
/// <param name="TxnRef">The attempt's merchant reference.</param>
/// <param name="AmountDong">The attempt's amount in đồng.</param>
/// <param name="IsAwaitingResult">True while the attempt still waits for its result; false once a result was recorded.</param>
public sealed record VnPayAttemptSnapshot(string TxnRef, long AmountDong, bool IsAwaitingResult);
