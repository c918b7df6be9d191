using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers.VnPay;

/// <summary>The verdict on a VNPAY Return URL or IPN.</summary>
/// <param name="IsSignatureValid">Whether <c>vnp_SecureHash</c> matched with an active secret.</param>
/// <param name="Notification">The decoded fields; present exactly when the signature is valid, so unverified content is never read.</param>
public sealed record VnPayCallbackVerification(bool IsSignatureValid, VnPayNotification? Notification)
{
    internal static readonly VnPayCallbackVerification Invalid = new(false, null);

    /// <summary>True when the signature is valid; <see cref="Notification"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Notification))]
    public bool IsValid => IsSignatureValid && Notification is not null;
}
