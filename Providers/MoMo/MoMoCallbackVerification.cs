using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers.MoMo;

/// <summary>The verdict on a MoMo IPN or redirect and, when valid, its fields.</summary>
/// <param name="Verdict">Valid, or why not.</param>
/// <param name="Notification">The fields; present exactly when <paramref name="Verdict"/> is <see cref="MoMoCallbackVerdict.Valid"/>.</param>
public sealed record MoMoCallbackVerification(MoMoCallbackVerdict Verdict, MoMoNotification? Notification)
{
    internal static readonly MoMoCallbackVerification PayloadInvalid = new(MoMoCallbackVerdict.PayloadInvalid, null);
    internal static readonly MoMoCallbackVerification SignatureInvalid = new(MoMoCallbackVerdict.SignatureInvalid, null);

    /// <summary>True when valid; <see cref="Notification"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Notification))]
    public bool IsValid => Verdict == MoMoCallbackVerdict.Valid && Notification is not null;
}
