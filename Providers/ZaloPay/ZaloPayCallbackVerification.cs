using System.Diagnostics.CodeAnalysis;

namespace PayGov.Providers.ZaloPay;

/// <summary>The verdict on a ZaloPay callback and, when valid, its data.</summary>
/// <param name="Verdict">Valid, or why not.</param>
/// <param name="Data">The parsed <c>data</c>; present exactly when valid.</param>
public sealed record ZaloPayCallbackVerification(ZaloPayCallbackVerdict Verdict, ZaloPayCallbackData? Data)
{
    internal static readonly ZaloPayCallbackVerification MacInvalid = new(ZaloPayCallbackVerdict.MacInvalid, null);
    internal static readonly ZaloPayCallbackVerification PayloadInvalid = new(ZaloPayCallbackVerdict.PayloadInvalid, null);

    /// <summary>True when valid; <see cref="Data"/> is then not null.</summary>
    [MemberNotNullWhen(true, nameof(Data))]
    public bool IsValid => Verdict == ZaloPayCallbackVerdict.Valid && Data is not null;
}
