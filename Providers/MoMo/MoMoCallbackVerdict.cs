namespace PayGov.Providers.MoMo;

/// <summary>The verdict on a MoMo IPN or redirect, in the order momo.md §5 checks it.</summary>
public enum MoMoCallbackVerdict
{
    /// <summary>All fields present and the signature matched.</summary>
    Valid,

    /// <summary>Not JSON, or a listed field is missing or of the wrong type: answer 400 <c>payload_invalid</c>.</summary>
    PayloadInvalid,

    /// <summary>The signature is missing or does not match: answer 401 <c>signature_invalid</c>.</summary>
    SignatureInvalid,
}
