namespace PayGov.Providers.MoMo;

/// <summary>Body of <c>POST /v2/gateway/api/create</c> (momo.md §3); amounts in đồng.</summary>
internal sealed record MoMoCreatePaymentRequest(
    string PartnerCode,
    string? PartnerName,
    string? StoreId,
    string RequestId,
    long Amount,
    string OrderId,
    string OrderInfo,
    string RedirectUrl,
    string IpnUrl,
    string RequestType,
    string ExtraData,
    string? Lang,
    bool? AutoCapture,
    string? Signature = null)
{
    public MoMoCreatePaymentRequest Signed(string accessKey, string secretKey) =>
        this with { Signature = MoMoSignature.Sign(MoMoSignature.CreateRaw(accessKey, this), secretKey) };
}
