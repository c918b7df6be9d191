namespace PayGov.Providers.MoMo;

/// <summary>Body of MoMo's answer to a create (momo.md §3); unsigned. Fields are nullable so a missing one is detected.</summary>
internal sealed record MoMoCreatePaymentResponse(
    string? PartnerCode,
    string? OrderId,
    string? RequestId,
    long? Amount,
    long? ResponseTime,
    string? Message,
    int? ResultCode,
    string? PayUrl,
    string? Deeplink,
    string? QrCodeUrl);
