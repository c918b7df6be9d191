namespace PayGov.Gateway.Checkout;

public sealed record MessageView(CheckoutText Text, string Title, string Lead);
