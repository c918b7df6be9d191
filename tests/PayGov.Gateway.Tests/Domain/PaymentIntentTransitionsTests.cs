using PayGov.Gateway.Payments;
using static PayGov.Gateway.Payments.PaymentIntentStatus;

namespace PayGov.Gateway.Tests.Domain;

public sealed class PaymentIntentTransitionsTests
{
    public static TheoryData<PaymentIntentStatus, PaymentIntentStatus, string> Allowed => new()
    {
        { RequiresPaymentMethod, Processing, "payment_intent.processing" },
        { Processing, Succeeded, "payment_intent.succeeded" },
        { Processing, RequiresPaymentMethod, "payment_intent.payment_failed" },
        { RequiresPaymentMethod, Canceled, "payment_intent.canceled" },
        { Processing, Canceled, "payment_intent.canceled" },
        { RequiresPaymentMethod, Expired, "payment_intent.expired" },
        { Processing, Expired, "payment_intent.expired" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_design_transition_is_allowed_and_names_its_event(PaymentIntentStatus from, PaymentIntentStatus to, string eventType) =>
        Assert.Equal(eventType, PaymentIntentTransitions.EventFor(from, to));

    [Fact]
    public void Every_other_move_is_refused()
    {
        var allowed = Allowed.Select(row => ((PaymentIntentStatus)row[0], (PaymentIntentStatus)row[1])).ToHashSet();

        foreach (var from in Enum.GetValues<PaymentIntentStatus>())
        {
            foreach (var to in Enum.GetValues<PaymentIntentStatus>())
            {
                if (!allowed.Contains((from, to)))
                {
                    Assert.Null(PaymentIntentTransitions.EventFor(from, to));
                }
            }
        }

        Assert.Equal(allowed.Count, PaymentIntentTransitions.All.Count());
    }

    [Theory]
    [InlineData(Succeeded)]
    [InlineData(Canceled)]
    [InlineData(Expired)]
    public void Terminal_states_have_no_way_out(PaymentIntentStatus terminal) =>
        Assert.All(Enum.GetValues<PaymentIntentStatus>(), to => Assert.Null(PaymentIntentTransitions.EventFor(terminal, to)));
}
