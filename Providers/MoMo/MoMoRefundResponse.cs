namespace PayGov.Providers.MoMo;

/// <summary>Body of MoMo's answer to a refund (momo.md §7); unsigned.</summary>
internal sealed record MoMoRefundResponse(
    string? PartnerCode,
    string? OrderId,
    string? RequestId,
    long? Amount,
    long? TransId,
    int? ResultCode,
    string? Message,
    long? ResponseTime);
