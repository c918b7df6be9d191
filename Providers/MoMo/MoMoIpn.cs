namespace PayGov.Providers.MoMo;

/// <summary>Decides the answer to a MoMo IPN (momo.md §5); pure, the gateway looks up the attempt and records the outcome.</summary>
public static class MoMoIpn
{
    /// <summary>The problem code of a malformed IPN body (400).</summary>
    public const string PayloadInvalidCode = "payload_invalid";

    /// <summary>The problem code of a missing or wrong signature (401).</summary>
    public const string SignatureInvalidCode = "signature_invalid";

    /// <summary>Runs the checks of momo.md §5 in order.</summary>
    /// <param name="verification">The result of <see cref="MoMoCallback.VerifyIpn"/>.</param>
    /// <param name="partnerCode">PayGov's partner code.</param>
    /// <param name="attempt">The attempt named by <c>orderId</c>, or <see langword="null"/> when PayGov has none.</param>
    /// <returns>The HTTP answer and the outcome to record.</returns>
    public static MoMoIpnResult Decide(MoMoCallbackVerification verification, string partnerCode, MoMoAttemptSnapshot? attempt)
    {
        ArgumentNullException.ThrowIfNull(verification);
        switch (verification.Verdict)
        {
            case MoMoCallbackVerdict.PayloadInvalid:
                return new(400, PayloadInvalidCode, MoMoIpnOutcome.RejectedPayload);
            case MoMoCallbackVerdict.SignatureInvalid:
                return new(401, SignatureInvalidCode, MoMoIpnOutcome.RejectedSignature);
            case MoMoCallbackVerdict.Valid:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(verification), verification.Verdict, "Undefined verdict.");
        }

        var notification = verification.Notification!;

        // An authentic IPN is always acknowledged with 204 once recorded: MoMo would only resend it otherwise.
        if (attempt is null
            || !string.Equals(notification.PartnerCode, partnerCode, StringComparison.Ordinal)
            || !string.Equals(notification.OrderId, attempt.OrderId, StringComparison.Ordinal))
        {
            return Recorded(MoMoIpnOutcome.UnknownOrder);
        }

        if (notification.Amount != attempt.AmountDong)
        {
            return Recorded(MoMoIpnOutcome.RejectedAmount);
        }

        if (!attempt.IsOpen)
        {
            return Recorded(MoMoIpnOutcome.Duplicate);
        }

        return Recorded(notification.Status switch
        {
            MoMoPaymentStatus.Succeeded => MoMoIpnOutcome.Succeeded,
            MoMoPaymentStatus.Declined => MoMoIpnOutcome.Declined,
            MoMoPaymentStatus.Pending => MoMoIpnOutcome.Processing,
            MoMoPaymentStatus.Unknown => MoMoIpnOutcome.Unknown,
            _ => throw new ArgumentOutOfRangeException(nameof(verification), notification.Status, "Undefined status."),
        });
    }

    private static MoMoIpnResult Recorded(MoMoIpnOutcome outcome) => new(204, null, outcome);
}
