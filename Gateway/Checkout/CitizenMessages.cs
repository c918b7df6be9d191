using PayGov.Gateway.Checkout.Pages;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Checkout;

/// <summary>The two plain message pages every citizen page may answer instead of itself.</summary>
public static class CitizenMessages
{
    /// <summary>The same answer for a wrong id, a wrong secret, or another intent's secret: nothing to learn from it.</summary>
    public static Task<IResult> NotFoundAsync(this PageRenderer pages, CheckoutText text)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(text);
        return pages.RenderAsync<MessagePage>(new MessageView(text, text.NotFoundTitle, text.NotFoundLead), StatusCodes.Status404NotFound);
    }

    public static Task<IResult> BadRequestAsync(this PageRenderer pages, CheckoutText text)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(text);
        return pages.RenderAsync<MessagePage>(new MessageView(text, text.BadRequestTitle, text.BadRequestLead), StatusCodes.Status400BadRequest);
    }
}
