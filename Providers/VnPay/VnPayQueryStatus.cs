namespace PayGov.Providers.VnPay;

/// <summary>What a verified querydr answer says about a payment (vnpay.md §6, tables 9.2 and 9.4).</summary>
public enum VnPayQueryStatus
{
    /// <summary>Found and paid (<c>00</c>/<c>00</c>), also once a refund was asked for.</summary>
    Succeeded,

    /// <summary>Found, not completed yet (status <c>01</c>).</summary>
    Pending,

    /// <summary>Money taken but held by VNPAY's fraud check (status <c>07</c>): ask again later.</summary>
    UnderReview,

    /// <summary>Found and failed (status <c>02</c> or <c>04</c>).</summary>
    Failed,

    /// <summary>VNPAY has no such payment (<c>91</c>): the citizen never reached its page.</summary>
    NotFound,

    /// <summary>The query itself failed (<c>02</c>, <c>03</c>, <c>08</c>, <c>94</c>, <c>97</c>, <c>99</c>): ask again later.</summary>
    QueryFailed,

    /// <summary>A code outside VNPAY's tables: never success; raise an exception for review.</summary>
    Unknown,
}
