using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers.BankTransfer;

/// <summary>The notification when steps 1–6 of bank-notification.md §2.3 pass, else the rejection to answer with.</summary>
/// <param name="Notification">The verified, parsed credit; <see langword="null"/> when rejected.</param>
/// <param name="Rejection">The 4xx answer; <see langword="null"/> when accepted for processing.</param>
public sealed record BankNotificationReadResult(BankCreditNotification? Notification, BankNotificationAnswer? Rejection)
{
    /// <summary>True when the notification passed steps 1–6.</summary>
    [MemberNotNullWhen(true, nameof(Notification))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsAccepted => Notification is not null;
}
