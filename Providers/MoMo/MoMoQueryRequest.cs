namespace PayGov.Providers.MoMo;

/// <summary>Body of <c>POST /v2/gateway/api/query</c> (momo.md §6).</summary>
internal sealed record MoMoQueryRequest(string PartnerCode, string RequestId, string OrderId, string? Lang, string? Signature = null)
{
    public MoMoQueryRequest Signed(string accessKey, string secretKey) =>
        this with { Signature = MoMoSignature.Sign(MoMoSignature.QueryRaw(accessKey, this), secretKey) };
}
