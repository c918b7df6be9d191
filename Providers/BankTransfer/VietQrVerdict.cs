namespace PayGov.Providers.BankTransfer;

/// <summary>The verdict of reading a VietQR payload, checked in this order (vietqr.md §4).</summary>
public enum VietQrVerdict
{
    /// <summary>CRC matches and the TLV tree is well formed.</summary>
    Valid,

    /// <summary>The payload does not end with <c>6304</c> and 4 hex digits.</summary>
    MissingCrc,

    /// <summary>The CRC does not match the payload.</summary>
    CrcMismatch,

    /// <summary>The TLV tree does not parse, or <c>00</c>/<c>38/00</c> have the wrong values.</summary>
    Malformed,
}
