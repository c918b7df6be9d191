namespace PayGov.Providers.MoMo;

/// <summary>What PayGov knows of the attempt an IPN names, looked up by <c>orderId</c>.</summary>
/// <param name="OrderId">The attempt's merchant reference.</param>
/// <param name="AmountDong">The attempt's amount in đồng.</param>
/// <param name="IsOpen">True while the attempt waits for its result.</param>
public sealed record MoMoAttemptSnapshot(string OrderId, long AmountDong, bool IsOpen);
