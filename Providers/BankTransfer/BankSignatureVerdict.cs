namespace PayGov.Providers.BankTransfer;

/// <summary>The verdict on a <c>PayGov-Bank-Signature</c> header, checked in the order of bank-notification.md §2.3.</summary>
public enum BankSignatureVerdict
{
    /// <summary>A <c>v1</c> matches an active secret and <c>t</c> is within the tolerance.</summary>
    Valid,

    /// <summary>Header missing or ill-formed, or no <c>v1</c> matches: 401 <c>signature_invalid</c>.</summary>
    SignatureInvalid,

    /// <summary>Authentic but <c>t</c> is too far from PayGov's clock: 401 <c>timestamp_out_of_window</c>.</summary>
    TimestampOutOfWindow,
}
