namespace PayGov.Providers.ZaloPay;

/// <summary>What PayGov knows of the attempt a callback names, looked up by <c>app_trans_id</c>.</summary>
/// <param name="AppTransId">The attempt's <c>app_trans_id</c>.</param>
/// <param name="AmountDong">The attempt's amount in đồng.</param>
/// <param name="IsOpen">True while the attempt waits for its result (not paid, canceled or expired).</param>
/// <param name="RecordedZpTransId">The <c>zp_trans_id</c> already recorded for this attempt, if any.</param>
public sealed record ZaloPayAttemptSnapshot(string AppTransId, long AmountDong, bool IsOpen, long? RecordedZpTransId);
