using System.Text.Json.Serialization;
using PayGov.Client.Infrastructure;

namespace PayGov.Client.Refunds;

/// <summary>Where a refund stands (wire names are snake_case, for example <c>requires_action</c>).</summary>
[JsonConverter(typeof(WireEnumJsonConverter<RefundStatus>))]
public enum RefundStatus
{
    /// <summary>A status this version of the library does not know; treat it as not refunded yet, and upgrade.</summary>
    Unknown,

    /// <summary>The amount is set aside; the provider has not given its final word yet (<c>pending</c>).</summary>
    Pending,

    /// <summary>The provider refunded the money (<c>succeeded</c>).</summary>
    Succeeded,

    /// <summary>The provider refused, or never received it; the amount may be refunded again (<c>failed</c>).</summary>
    Failed,

    /// <summary>The provider cannot refund by API (bank transfer): the treasury pays it back by hand (<c>requires_action</c>).</summary>
    RequiresAction,
}
