using System.Collections.Concurrent;

namespace PayGov.Providers.Sandbox.VnPay;

/// <summary>
/// The VNPAY sandbox's memory: payments by <c>vnp_TxnRef</c> and every refund request by <c>vnp_RequestId</c> (its signed
/// string and the answer given). In memory on purpose: it stands in for VNPAY's systems.
/// </summary>
internal sealed class VnPaySandboxStore
{
    private long lastTransactionNo = 14_876_000;

    public ConcurrentDictionary<string, VnPaySandboxPayment> Payments { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, (string Data, Dictionary<string, string> Answer)> RefundRequests { get; } = new(StringComparer.Ordinal);

    /// <summary>VNPAY's transaction numbers increase (vnpay.md §8); 8 digits like the settlement file's.</summary>
    public string NextTransactionNo() => Interlocked.Increment(ref lastTransactionNo).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
