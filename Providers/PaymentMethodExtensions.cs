using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers;

/// <summary>The wire names of <see cref="PaymentMethod"/> (DESIGN §6: <c>bank_transfer | wallet | card</c>).</summary>
public static class PaymentMethodExtensions
{
    /// <summary>The method's snake_case wire name.</summary>
    /// <param name="method">The method.</param>
    /// <returns><c>bank_transfer</c>, <c>wallet</c> or <c>card</c>.</returns>
    public static string ToWireName(this PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "bank_transfer",
        PaymentMethod.Wallet => "wallet",
        PaymentMethod.Card => "card",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Undefined payment method."),
    };

    /// <summary>Parses a wire name; anything else (other case included) is refused.</summary>
    /// <param name="wireName">The text received.</param>
    /// <param name="method">The method, when known.</param>
    /// <returns>Whether the name is a method's.</returns>
    public static bool TryParseWireName([NotNullWhen(true)] string? wireName, out PaymentMethod method)
    {
        foreach (var candidate in Enum.GetValues<PaymentMethod>())
        {
            if (string.Equals(candidate.ToWireName(), wireName, StringComparison.Ordinal))
            {
                method = candidate;
                return true;
            }
        }

        method = default;
        return false;
    }
}
