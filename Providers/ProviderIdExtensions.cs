using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers;

/// <summary>The one place where <see cref="ProviderId"/> is mapped to and from its wire name.</summary>
public static class ProviderIdExtensions
{
    /// <summary>The snake_case wire name used in the API, in storage and in callback paths.</summary>
    /// <param name="providerId">The provider.</param>
    /// <returns><c>vnpay</c>, <c>momo</c>, <c>zalopay</c> or <c>bank_transfer</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined provider.</exception>
    public static string ToWireName(this ProviderId providerId) => providerId switch
    {
        ProviderId.VnPay => "vnpay",
        ProviderId.MoMo => "momo",
        ProviderId.ZaloPay => "zalopay",
        ProviderId.BankTransfer => "bank_transfer",
        _ => throw new ArgumentOutOfRangeException(nameof(providerId), providerId, "Undefined provider."),
    };

    /// <summary>Parses a wire name exactly (ordinal, lower case).</summary>
    /// <param name="wireName">The wire name, e.g. <c>bank_transfer</c>.</param>
    /// <param name="providerId">The provider when the name is known.</param>
    /// <returns><see langword="true"/> when the name is one of the four wire names.</returns>
    public static bool TryParseWireName([NotNullWhen(true)] string? wireName, out ProviderId providerId)
    {
        switch (wireName)
        {
            case "vnpay":
                providerId = ProviderId.VnPay;
                return true;
            case "momo":
                providerId = ProviderId.MoMo;
                return true;
            case "zalopay":
                providerId = ProviderId.ZaloPay;
                return true;
            case "bank_transfer":
                providerId = ProviderId.BankTransfer;
                return true;
            default:
                providerId = default;
                return false;
        }
    }
}
