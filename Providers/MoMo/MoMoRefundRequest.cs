namespace PayGov.Providers.MoMo;

/// <summary>Body of <c>POST /v2/gateway/api/refund</c> (momo.md §7): a new <c>OrderId</c>, MoMo's <c>TransId</c> of the payment, amount in đồng.</summary>
internal sealed record MoMoRefundRequest(
    string PartnerCode,
    string OrderId,
    string RequestId,
    long Amount,
    long TransId,
    string? Lang,
    string Description,
    string? Signature = null)
{
    public MoMoRefundRequest Signed(string accessKey, string secretKey) =>
        this with { Signature = MoMoSignature.Sign(MoMoSignature.RefundRaw(accessKey, this), secretKey) };
}
