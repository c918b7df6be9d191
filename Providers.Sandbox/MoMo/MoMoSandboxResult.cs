namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>The signed result MoMo sends as IPN body and as redirect query (momo.md §4–5), in MoMo's field order.</summary>
internal sealed record MoMoSandboxResult(
    string PartnerCode,
    string OrderId,
    string RequestId,
    long Amount,
    string OrderInfo,
    string OrderType,
    long TransId,
    int ResultCode,
    string Message,
    string PayType,
    long ResponseTime,
    string ExtraData,
    string Signature)
{
    public IEnumerable<KeyValuePair<string, string>> ToQueryFields()
    {
        yield return new("partnerCode", PartnerCode);
        yield return new("orderId", OrderId);
        yield return new("requestId", RequestId);
        yield return new("amount", Number(Amount));
        yield return new("orderInfo", OrderInfo);
        yield return new("orderType", OrderType);
        yield return new("transId", Number(TransId));
        yield return new("resultCode", Number(ResultCode));
        yield return new("message", Message);
        yield return new("payType", PayType);
        yield return new("responseTime", Number(ResponseTime));
        yield return new("extraData", ExtraData);
        yield return new("signature", Signature);
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
