namespace PayGov.Providers.ZaloPay;

/// <summary>The verdict on a ZaloPay callback body.</summary>
public enum ZaloPayCallbackVerdict
{
    /// <summary>The mac matched and <c>data</c> parsed.</summary>
    Valid,

    /// <summary>The <c>mac</c> is missing or does not match <c>data</c> with key2.</summary>
    MacInvalid,

    /// <summary>The body is not the callback shape, or the authentic <c>data</c> lacks a field.</summary>
    PayloadInvalid,
}
