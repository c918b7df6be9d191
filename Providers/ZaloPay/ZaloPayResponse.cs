namespace PayGov.Providers.ZaloPay;

/// <summary>
/// The JSON answer of every ZaloPay v2 call (zalopay.md §2, §5–7), unsigned; each call reads the fields it
/// documents. Nullable, so a missing field is detected.
/// </summary>
internal sealed record ZaloPayResponse(
    int? ReturnCode,
    string? ReturnMessage,
    int? SubReturnCode,
    string? SubReturnMessage,
    string? ZpTransToken = null,
    string? OrderUrl = null,
    bool? IsProcessing = null,
    long? Amount = null,
    long? DiscountAmount = null,
    long? ZpTransId = null,
    long? RefundId = null);
