using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers;

/// <summary>The result of <see cref="IPaymentProvider.VerifyCallbackAsync"/>: a verified notification, or why it was rejected.</summary>
/// <param name="Notification">The verified notification; <see langword="null"/> when rejected.</param>
/// <param name="RejectionReason">A snake_case reason (e.g. <c>signature_invalid</c>, <c>payload_invalid</c>) for the audit table; <see langword="null"/> when verified.</param>
public sealed record CallbackVerification(ProviderNotification? Notification, string? RejectionReason)
{
    /// <summary>True when the callback is authentic; <see cref="Notification"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Notification))]
    [MemberNotNullWhen(false, nameof(RejectionReason))]
    public bool IsVerified => Notification is not null;

    /// <summary>For <c>payload_invalid</c> where the provider's answer names the field at fault (bank notification): that field; otherwise <see langword="null"/>.</summary>
    public string? RejectionParam { get; init; }
}
