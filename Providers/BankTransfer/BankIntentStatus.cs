namespace PayGov.Providers.BankTransfer;

/// <summary>The status of the intent a bank-transfer attempt belongs to, as far as matching credits is concerned.</summary>
public enum BankIntentStatus
{
    /// <summary>Open: waiting for (the rest of) the money.</summary>
    Processing,

    /// <summary>Paid.</summary>
    Succeeded,

    /// <summary>Canceled by the portal.</summary>
    Canceled,

    /// <summary>Expired.</summary>
    Expired,
}
