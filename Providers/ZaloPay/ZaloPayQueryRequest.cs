namespace PayGov.Providers.ZaloPay;

/// <summary>Fields of <c>POST /v2/query</c> (zalopay.md §5).</summary>
internal sealed record ZaloPayQueryRequest(long AppId, string AppTransId)
{
    public IEnumerable<KeyValuePair<string, string>> ToFormFields(string key1)
    {
        yield return new("app_id", ZaloPaySignature.Number(AppId));
        yield return new("app_trans_id", AppTransId);
        yield return new("mac", ZaloPaySignature.Sign(ZaloPaySignature.QueryMacInput(AppId, AppTransId, key1), key1));
    }
}
