namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>One refund of a sandbox payment; amount in đồng.</summary>
/// <param name="RequestId">The merchant's <c>vnp_RequestId</c>, its refund reference.</param>
/// <param name="TransactionType"><c>02</c> full or <c>03</c> partial.</param>
/// <param name="Amount">The amount refunded, in đồng.</param>
/// <param name="TransactionNo">VNPAY's number of the refund.</param>
/// <param name="CreatedAt">When the refund was accepted.</param>
/// <param name="TransactionStatus"><c>05</c> (processing) when accepted, <c>00</c> from the next querydr on.</param>
internal sealed record VnPaySandboxRefund(string RequestId, string TransactionType, long Amount, string TransactionNo, DateTimeOffset CreatedAt, string TransactionStatus);
