using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using DossierPortal.Dossiers;

namespace DossierPortal.Pages;

/// <summary>The portal's pages as plain server-side HTML: Vietnamese labels, no scripts, no external assets.</summary>
internal static class HtmlPages
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private const string Style = """
        body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}
        table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;text-align:left}
        .s-Unpaid{color:#a60}.s-Paid{color:#070}.s-Canceled{color:#a00}.s-Expired{color:#666}
        button{font-size:1rem;padding:.5rem 1.2rem}
        """;

    public static IResult List(IReadOnlyList<Dossier> dossiers)
    {
        var body = new StringBuilder("<h1>Hồ sơ dịch vụ công</h1><table><tr><th>Số hồ sơ</th><th>Người nộp</th><th>Thủ tục</th><th>Số tiền</th><th>Trạng thái</th></tr>");
        foreach (var d in dossiers)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/dossiers/{E(d.Id)}\">{E(d.Number)}</a></td><td>{E(d.CitizenName)}</td><td>{E(d.Procedure)}</td><td>{Money(d.AmountTotal)}</td><td>{StatusLabel(d.Status)}</td></tr>");
        }

        body.Append("</table>");
        return Page("Hồ sơ", body.ToString());
    }

    public static IResult Detail(Dossier d)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<p><a href=\"/\">← Danh sách hồ sơ</a></p><h1>Hồ sơ {E(d.Number)}</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p>Người nộp: <strong>{E(d.CitizenName)}</strong><br>Thủ tục: {E(d.Procedure)}<br>Trạng thái thanh toán: <strong id=\"status\">{StatusLabel(d.Status)}</strong></p>");
        body.Append("<table><tr><th>Mã phí</th><th>Khoản phí, lệ phí</th><th>Số tiền</th><th>Chương</th><th>Tiểu mục</th><th>Mã KBNN</th></tr>");
        foreach (var fee in d.Fees)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(fee.Code)}</td><td>{E(fee.Name)}</td><td>{Money(fee.Amount)}</td><td>{E(fee.Budget.BudgetChapter)}</td><td>{E(fee.Budget.BudgetSubItem)}</td><td>{E(fee.Budget.TreasuryCode)}</td></tr>");
        }

        body.Append(CultureInfo.InvariantCulture, $"<tr><th colspan=\"2\">Tổng cộng</th><th colspan=\"4\">{Money(d.AmountTotal)}</th></tr></table>");
        if (d.PaymentIntentId is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p>Mã giao dịch PayGov: <code>{E(d.PaymentIntentId)}</code></p>");
        }

        if (d.Status == DossierStatus.Unpaid)
        {
            body.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"/dossiers/{E(d.Id)}/pay\"><button type=\"submit\">Thanh toán / Pay</button></form>");
        }

        return Page("Hồ sơ " + d.Number, body.ToString());
    }

    public static IResult PaymentUnavailable(Dossier d) => Page(
        "Không thể thanh toán",
        $"<h1>Chưa thể thanh toán</h1><p>Cổng thanh toán PayGov chưa nhận yêu cầu cho hồ sơ {E(d.Number)}. Vui lòng thử lại sau.</p><p><a href=\"/dossiers/{E(d.Id)}\">Quay lại hồ sơ</a></p>",
        StatusCodes.Status502BadGateway);

    public static IResult NotFound() => Page("Không tìm thấy", "<h1>Không tìm thấy hồ sơ</h1><p><a href=\"/\">Danh sách hồ sơ</a></p>", StatusCodes.Status404NotFound);

    public static string StatusLabel(DossierStatus status) => status switch
    {
        DossierStatus.Unpaid => "<span class=\"s-Unpaid\">Chưa thanh toán</span>",
        DossierStatus.Paid => "<span class=\"s-Paid\">Đã thanh toán</span>",
        DossierStatus.Canceled => "<span class=\"s-Canceled\">Đã hủy</span>",
        DossierStatus.Expired => "<span class=\"s-Expired\">Hết hạn</span>",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No label for this status."),
    };

    private static string Money(long amount) => E(amount.ToString("#,0", Vietnamese) + " đ");

    private static string E(string text) => Html.Encode(text);

    private static IResult Page(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content(
            $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{Style}</style></head><body>{body}</body></html>",
            "text/html; charset=utf-8",
            Encoding.UTF8,
            status);
}
