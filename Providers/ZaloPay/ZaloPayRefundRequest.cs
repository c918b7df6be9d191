namespace PayGov.Providers.ZaloPay;

/// <summary>Fields of <c>POST /v2/refund</c> (zalopay.md §6); amount in đồng, timestamp in Unix milliseconds.</summary>
internal sealed record ZaloPayRefundRequest(
    long AppId,
    string MRefundId,
    string ZpTransId,
    long Amount,
    long Timestamp,
    string Description,
    string? Mac = null)
{
    public ZaloPayRefundRequest Signed(string key1) => this with { Mac = ZaloPaySignature.Sign(ZaloPaySignature.RefundMacInput(this), key1) };

    public IEnumerable<KeyValuePair<string, string>> ToFormFields()
    {
        yield return new("app_id", ZaloPaySignature.Number(AppId));
        yield return new("m_refund_id", MRefundId);
        yield return new("zp_trans_id", ZpTransId);
        yield return new("amount", ZaloPaySignature.Number(Amount));
        yield return new("timestamp", ZaloPaySignature.Number(Timestamp));
        yield return new("description", Description);
        if (Mac is not null)
        {
            yield return new("mac", Mac);
        }
    }
}
