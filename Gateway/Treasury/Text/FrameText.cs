namespace PayGov.Gateway.Treasury;

public sealed partial class TreasuryText
{
    /// <summary>The frame around every treasury page: navigation, who is signed in, the common message pages.</summary>
    public FrameText Frame => Pick(FrameText.Vietnamese, FrameText.English);
}

public sealed record FrameText
{
    public static readonly FrameText Vietnamese = new()
    {
        SiteName = "PayGov — Đối soát Kho bạc",
        Brand = "PayGov · Kho bạc",
        OtherLangName = "English",
        SkipToContent = "Bỏ qua, tới nội dung chính",
        NavigationLabel = "Trang kế toán",
        Dashboard = "Tổng quan",
        Exceptions = "Ngoại lệ",
        Reports = "Báo cáo",
        SignedInAs = "Đang đăng nhập",
        Accountant = "Kế toán",
        Supervisor = "Kiểm soát viên",
        SignOut = "Đăng xuất",
        ForbiddenTitle = "Không có quyền",
        ForbiddenLead = "Vai trò của bạn không được thực hiện thao tác này. Hãy nhờ kiểm soát viên.",
        BadRequestTitle = "Biểu mẫu không hợp lệ",
        BadRequestLead = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.",
        NotFoundTitle = "Không tìm thấy trang",
        NotFoundLead = "Trang bạn tìm không tồn tại.",
        BackToDashboard = "Về trang tổng quan",
        ProviderNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnpay"] = "VNPAY", ["momo"] = "MoMo", ["zalopay"] = "ZaloPay", ["bank_transfer"] = "Chuyển khoản (VietQR)",
        },
    };

    public static readonly FrameText English = new()
    {
        SiteName = "PayGov — Treasury reconciliation",
        Brand = "PayGov · Treasury",
        OtherLangName = "Tiếng Việt",
        SkipToContent = "Skip to main content",
        NavigationLabel = "Accountant pages",
        Dashboard = "Dashboard",
        Exceptions = "Exceptions",
        Reports = "Reports",
        SignedInAs = "Signed in as",
        Accountant = "Accountant",
        Supervisor = "Supervisor",
        SignOut = "Sign out",
        ForbiddenTitle = "Not allowed",
        ForbiddenLead = "Your role may not do that. Ask a supervisor.",
        BadRequestTitle = "The form is not valid",
        BadRequestLead = "The form has expired or is not valid. Please reload the page and try again.",
        NotFoundTitle = "Page not found",
        NotFoundLead = "The page you asked for does not exist.",
        BackToDashboard = "Back to the dashboard",
        ProviderNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["vnpay"] = "VNPAY", ["momo"] = "MoMo", ["zalopay"] = "ZaloPay", ["bank_transfer"] = "Bank transfer (VietQR)",
        },
    };

    public required string SiteName { get; init; }

    public required string Brand { get; init; }

    /// <summary>The language switch's label, in the other language.</summary>
    public required string OtherLangName { get; init; }

    public required string SkipToContent { get; init; }

    public required string NavigationLabel { get; init; }

    public required string Dashboard { get; init; }

    public required string Exceptions { get; init; }

    public required string Reports { get; init; }

    public required string SignedInAs { get; init; }

    public required string Accountant { get; init; }

    public required string Supervisor { get; init; }

    public required string SignOut { get; init; }

    public required string ForbiddenTitle { get; init; }

    public required string ForbiddenLead { get; init; }

    public required string BadRequestTitle { get; init; }

    public required string BadRequestLead { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundLead { get; init; }

    public required string BackToDashboard { get; init; }

    /// <summary>The providers' names on every page (dashboard, queue, reports); a code not listed shows as itself.</summary>
    public required IReadOnlyDictionary<string, string> ProviderNames { get; init; }

    public string ProviderName(string? code) => code is null ? "" : ProviderNames.GetValueOrDefault(code, code);

    public string RoleName(TreasuryRole role) => role == TreasuryRole.Supervisor ? Supervisor : Accountant;
}
