namespace PayGov.Providers.VnPay;

/// <summary>Decides the answer to a VNPAY IPN (vnpay.md §5.2). Pure: the gateway looks the attempt up and records the outcome.</summary>
public static class VnPayIpn
{
    /// <summary>Runs the checks of vnpay.md §5.2 in order; the first that fails decides the answer.</summary>
    /// <param name="verification">The result of <see cref="VnPayCallback.Verify(string, IReadOnlyList{string})"/>.</param>
    /// <param name="tmnCode">PayGov's terminal code; an IPN for another terminal is "order not found".</param>
    /// <param name="attempt">The attempt named by <c>vnp_TxnRef</c>, or <see langword="null"/> when PayGov has none.</param>
    /// <returns>The answer to send and the outcome to record. When recording then fails, answer <see cref="VnPayIpnAnswer.UnknownError"/> instead.</returns>
    public static VnPayIpnResult Decide(VnPayCallbackVerification verification, string tmnCode, VnPayAttemptSnapshot? attempt)
    {
        ArgumentNullException.ThrowIfNull(verification);
        if (!verification.IsValid)
        {
            return new(VnPayIpnAnswer.InvalidSignature, VnPayIpnOutcome.RejectedSignature);
        }

        var notification = verification.Notification;
        if (attempt is null
            || !string.Equals(attempt.TxnRef, notification.TxnRef, StringComparison.Ordinal)
            || !string.Equals(tmnCode, notification.TmnCode, StringComparison.Ordinal))
        {
            return new(VnPayIpnAnswer.OrderNotFound, VnPayIpnOutcome.UnknownOrder);
        }

        if (notification.AmountDong != attempt.AmountDong)
        {
            return new(VnPayIpnAnswer.InvalidAmount, VnPayIpnOutcome.RejectedAmount);
        }

        if (!attempt.IsAwaitingResult)
        {
            return new(VnPayIpnAnswer.OrderAlreadyConfirmed, VnPayIpnOutcome.Duplicate);
        }

        var outcome = notification.Result switch
        {
            VnPayPaymentResult.Succeeded => VnPayIpnOutcome.Succeeded,
            VnPayPaymentResult.UnderReview => VnPayIpnOutcome.UnderReview,
            VnPayPaymentResult.Declined => VnPayIpnOutcome.Declined,
            VnPayPaymentResult.Unknown => VnPayIpnOutcome.Unknown,
            _ => throw new ArgumentOutOfRangeException(nameof(verification), notification.Result, "Undefined payment result."),
        };

        // Every authentic, matching IPN is recorded whatever its outcome, so all of them answer 00.
        return new(VnPayIpnAnswer.ConfirmSuccess, outcome);
    }
}
