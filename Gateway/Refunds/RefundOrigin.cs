namespace PayGov.Gateway.Refunds;

/// <summary>Who asked for a refund.</summary>
public enum RefundOrigin
{
    /// <summary>The portal, through <c>POST /v1/refunds</c>: part or all of the intent's payment.</summary>
    Portal,

    /// <summary>PayGov itself, for a late or double payment: the whole of an attempt that is not the intent's payment.</summary>
    Automatic,
}
