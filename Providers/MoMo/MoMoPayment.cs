namespace PayGov.Providers.MoMo;

/// <summary>MoMo's answer to a create (momo.md §3). A refusal is a result: check <see cref="IsCreated"/>.</summary>
/// <param name="OrderId">The attempt reference, echoed.</param>
/// <param name="RequestId">The request id, echoed.</param>
/// <param name="Amount">The amount in đồng, echoed.</param>
/// <param name="ResultCode">MoMo's <c>resultCode</c>: <c>0</c> created; anything else not created (momo.md §8).</param>
/// <param name="Message">MoMo's text for the result, in the configured language.</param>
/// <param name="PayUrl">The hosted page to send the citizen to; <see langword="null"/> unless created.</param>
/// <param name="Deeplink">The link that opens the MoMo app, if given.</param>
/// <param name="QrCodeUrl">The data to render as a QR for the MoMo app, if given.</param>
/// <param name="ResponseTime">MoMo's time of the answer, Unix milliseconds.</param>
public sealed record MoMoPayment(
    string OrderId,
    string RequestId,
    long Amount,
    int ResultCode,
    string Message,
    Uri? PayUrl,
    string? Deeplink,
    string? QrCodeUrl,
    long ResponseTime)
{
    /// <summary>True when MoMo created the payment (<c>resultCode 0</c>) and gave a pay URL.</summary>
    public bool IsCreated => ResultCode == 0 && PayUrl is not null;
}
