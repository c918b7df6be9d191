namespace PayGov.Providers.ZaloPay;

/// <summary>
/// Fields of <c>POST /v2/create</c> (zalopay.md §2); amounts in đồng. <c>EmbedData</c> and <c>Item</c> are JSON
/// texts built once and used verbatim for the mac and the request.
/// </summary>
internal sealed record ZaloPayCreateOrderRequest(
    long AppId,
    string AppUser,
    string AppTransId,
    long AppTime,
    long Amount,
    string Item,
    string EmbedData,
    string Description,
    string? BankCode,
    string? CallbackUrl,
    long? ExpireDurationSeconds,
    string? Mac = null)
{
    public ZaloPayCreateOrderRequest Signed(string key1) => this with { Mac = ZaloPaySignature.Sign(ZaloPaySignature.CreateMacInput(this), key1) };

    /// <summary>The form fields in the order ZaloPay documents them; form encoding is transport only, the mac covers raw values.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToFormFields()
    {
        yield return new("app_id", ZaloPaySignature.Number(AppId));
        yield return new("app_user", AppUser);
        yield return new("app_trans_id", AppTransId);
        yield return new("app_time", ZaloPaySignature.Number(AppTime));
        yield return new("amount", ZaloPaySignature.Number(Amount));
        yield return new("item", Item);
        yield return new("embed_data", EmbedData);
        yield return new("description", Description);
        if (BankCode is not null)
        {
            yield return new("bank_code", BankCode);
        }

        if (CallbackUrl is not null)
        {
            yield return new("callback_url", CallbackUrl);
        }

        if (ExpireDurationSeconds is { } expire)
        {
            yield return new("expire_duration_seconds", ZaloPaySignature.Number(expire));
        }

        if (Mac is not null)
        {
            yield return new("mac", Mac);
        }
    }
}
