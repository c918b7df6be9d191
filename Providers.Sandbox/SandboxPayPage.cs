using System.Globalization;
using System.Text.Encodings.Web;

namespace PayGov.Providers.Sandbox;

/// <summary>The hosted "pay / decline" page every sandbox shows: plain server-rendered HTML, no external assets.</summary>
internal static class SandboxPayPage
{
    /// <summary>Renders the page; the buttons POST to <c>{orderId}/pay</c> and <c>{orderId}/decline</c> beside the page's URL.</summary>
    public static string Render(string providerName, string orderId, long amount, string description, bool isOpen, string status)
    {
        var html = HtmlEncoder.Default;
        var action = UrlEncoder.Default.Encode(orderId);
        var amountText = amount.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đ";
        var buttons = isOpen
            ? $"""
              <form method="post" action="{action}/pay"><button type="submit">Thanh toán / Pay</button></form>
              <form method="post" action="{action}/decline"><button type="submit">Từ chối / Decline</button></form>
              """
            : $"<p>{html.Encode(status)}</p>";
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>{html.Encode(providerName)} sandbox</title></head>
            <body>
            <h1>{html.Encode(providerName)} sandbox</h1>
            <p>Mã đơn / Order: {html.Encode(orderId)}</p>
            <p>Số tiền / Amount: {html.Encode(amountText)}</p>
            <p>{html.Encode(description)}</p>
            {buttons}
            </body>
            </html>
            """;
    }
}
