using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Checkout;

/// <summary>What the checkout handlers need, bound at once.</summary>
public sealed class CheckoutServices(CheckoutService checkout, PageRenderer pages, IAntiforgery antiforgery)
{
    public CheckoutService Checkout { get; } = checkout;

    public PageRenderer Pages { get; } = pages;

    public IAntiforgery Antiforgery { get; } = antiforgery;
}
