namespace PayGov.Providers.MoMo;

/// <summary>Body of MoMo's answer to a query (momo.md §6); unsigned.</summary>
internal sealed record MoMoQueryResponse(
    string? PartnerCode,
    string? RequestId,
    string? OrderId,
    string? ExtraData,
    long? Amount,
    long? TransId,
    string? PayType,
    int? ResultCode,
    string? Message,
    long? ResponseTime,
    IReadOnlyList<MoMoQueryResponse.RefundTransaction>? RefundTrans)
{
    /// <summary>One entry of <c>refundTrans</c>.</summary>
    internal sealed record RefundTransaction(string OrderId, long Amount, int ResultCode, long TransId, long CreatedTime);
}
