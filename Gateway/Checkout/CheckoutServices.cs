using Microsoft.AspNetCore.Antiforgery;

namespace PayGov.Gateway.Checkout;

/// <summary>What the checkout handlers need, bound at once.</summary>
public sealed class CheckoutServices(CheckoutService checkout, CitizenPages pages, IAntiforgery antiforgery)
{
    public CheckoutService Checkout { get; } = checkout;

    public CitizenPages Pages { get; } = pages;

    public IAntiforgery Antiforgery { get; } = antiforgery;
}
