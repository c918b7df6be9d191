using Microsoft.EntityFrameworkCore;
using PayGov.Gateway.Payments;

namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>What payment tests read back from storage.</summary>
public static class PaymentProbes
{
    /// <summary>The intent's only attempt.</summary>
    public static Task<PaymentAttempt> AttemptOfAsync(this GatewayFixture gateway, string intentId) =>
        gateway.WithDbAsync(db => db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.IntentId == intentId));
}
