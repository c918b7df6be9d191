namespace PayGov.Providers.BankTransfer;

/// <summary>The reconciliation exception a credit raises (bank-notification.md §5), with its reason.</summary>
public enum BankCreditExceptionReason
{
    /// <summary>No exception.</summary>
    None,

    /// <summary>Rules 1 and 3: no reference, or a reference no attempt has (<c>missing_at_gateway</c>).</summary>
    UnmatchedCredit,

    /// <summary>Rule 2: more than one distinct reference (<c>missing_at_gateway</c>).</summary>
    AmbiguousReference,

    /// <summary>Rule 4: credited to another collection account than the QR named (<c>missing_at_gateway</c>).</summary>
    AccountMismatch,

    /// <summary>Rule 5: the intent was already paid (<c>duplicate</c>); refund the credit in full.</summary>
    DuplicatePayment,

    /// <summary>Rule 6: the intent was canceled or had expired when the money was booked (<c>status_mismatch</c>); refund in full.</summary>
    LatePayment,

    /// <summary>Rule 9: more than expected (<c>amount_mismatch</c>); refund the excess.</summary>
    Overpayment,

    /// <summary>Rule 10: an underpaid intent reached its expiry (<c>amount_mismatch</c>); refund every matched credit.</summary>
    Underpayment,
}
