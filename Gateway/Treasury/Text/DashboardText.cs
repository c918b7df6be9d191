namespace PayGov.Gateway.Treasury;

public sealed partial class TreasuryText
{
    /// <summary>The dashboard of a business day.</summary>
    public DashboardText Dashboard => Pick(DashboardText.Vietnamese, DashboardText.English);
}

public sealed record DashboardText
{
    public static readonly DashboardText Vietnamese = new()
    {
        DayTitleFormat = "Tổng quan ngày {0}",
        Day = "Ngày làm việc",
        Show = "Xem",
        NotReconciled = "Ngày này chưa được đối soát: chưa có số liệu. Số liệu có sau khi chạy đối soát (tự động lúc 02:00 ngày hôm sau, hoặc chạy lại khi có tệp mới).",
        ReconciledAtFormat = "Theo lần đối soát {0}, lúc {1}.",
        Collected = "Đã thu",
        Settled = "Đã quyết toán",
        Deposited = "Đã về tài khoản",
        Outstanding = "Chưa về tài khoản",
        CollectedHint = "Các khoản thanh toán thành công PayGov ghi nhận trong ngày.",
        SettledHint = "Theo báo cáo quyết toán của nhà cung cấp và sao kê (chuyển khoản).",
        DepositedHint = "Tiền về tài khoản chuyên thu trong ngày theo sao kê ngân hàng.",
        OutstandingHint = "Đã thu trong ngày nhưng chưa về tài khoản chuyên thu.",
        Definitions = "Cách tính các số liệu",
        CollectedDefinition = "Đã thu: tổng số tiền (gộp, trước phí) các giao dịch thanh toán thành công có ngày làm việc là ngày này, theo sổ của PayGov.",
        SettledDefinition = "Đã quyết toán: tổng số tiền gộp các dòng thanh toán thành công trong báo cáo quyết toán của VNPAY, MoMo, ZaloPay cho ngày này; với chuyển khoản, các khoản báo có trong sao kê ngày này được nhận diện là tiền chuyển khoản nộp phí.",
        DepositedDefinition = "Đã về tài khoản: với chuyển khoản, chính các khoản báo có đó; với ví và cổng thanh toán, các khoản chi trả (payout) mà báo cáo ngày này ghi là đã chuyển trong ngày — thường là tiền của ngày hôm trước, sau khi trừ phí. Chênh lệch giữa khoản chi trả và tiền thực nhận hiện trong danh sách ngoại lệ (payout_mismatch).",
        OutstandingDefinition = "Chưa về tài khoản: phần đã thu trong ngày chưa có trong tài khoản chuyên thu — các giao dịch chưa được bên quyết toán xác nhận (đang chờ quyết toán hoặc thiếu ở nhà cung cấp), và với ví và cổng thanh toán, toàn bộ số đã thu trong ngày cho tới khi một báo cáo đã đối soát của ngày sau ghi nhận khoản chi trả của lô ngày này. Phí nhà cung cấp giữ lại không tính là chưa về.",
        ByProvider = "Theo kênh thanh toán",
        ByPortal = "Theo cổng dịch vụ công",
        ByPortalNote = "Báo cáo quyết toán và sao kê không ghi cổng dịch vụ, nên theo cổng chỉ có số đã thu.",
        Provider = "Kênh",
        Portal = "Cổng",
        Payments = "Số giao dịch",
        Refunded = "Đã hoàn",
        Total = "Tổng cộng",
        ProviderChartTitle = "Đã thu, đã quyết toán và đã về tài khoản theo kênh",
        ProviderChartDescFormat = "Biểu đồ cột theo kênh của ngày {0}; số liệu có trong bảng bên trên.",
        Trend = "Xu hướng 30 ngày",
        TrendChartTitle = "Đã thu và đã về tài khoản theo ngày, 30 ngày",
        TrendChartDescFormat = "Biểu đồ đường từ {0} đến {1}; ngày chưa đối soát để trống. Số liệu có trong bảng bên dưới.",
        TrendTable = "Bảng số liệu 30 ngày",
        NotReconciledShort = "chưa đối soát",
    };

    public static readonly DashboardText English = new()
    {
        DayTitleFormat = "Dashboard for {0}",
        Day = "Business day",
        Show = "Show",
        NotReconciled = "This day has not been reconciled yet: there are no figures. They appear once its reconciliation runs (automatically at 02:00 the next day, or again when a new file arrives).",
        ReconciledAtFormat = "From reconciliation run {0}, finished {1}.",
        Collected = "Collected",
        Settled = "Settled",
        Deposited = "Deposited",
        Outstanding = "Outstanding",
        CollectedHint = "Successful payments PayGov recorded that day.",
        SettledHint = "As the providers' settlement reports (and, for transfers, the statements) say.",
        DepositedHint = "Money credited to the collection accounts that day, per bank statement.",
        OutstandingHint = "Collected that day, not yet in a collection account.",
        Definitions = "How these figures are defined",
        CollectedDefinition = "Collected: the gross amount (before fees) of the successful payments whose business day is this day, as PayGov recorded them.",
        SettledDefinition = "Settled: the gross of the successful payment lines of VNPAY's, MoMo's and ZaloPay's settlement reports for this day; for bank transfers, the credits of this day's statements recognised as fee transfers.",
        DepositedDefinition = "Deposited: for bank transfers, those same credits; for wallets and card gateways, the payouts this day's report lists as executed this day — usually the previous day's money, net of fees. A difference between a payout and the money received shows in the exception queue (payout_mismatch).",
        OutstandingDefinition = "Outstanding: what was collected this day and is not in a collection account yet — the payments no settlement has confirmed (awaiting settlement or missing at the provider), and for wallets and card gateways the whole day's collection until a reconciled report of a later day lists the payout of this day's batch. Fees the providers keep do not count as outstanding.",
        ByProvider = "By payment channel",
        ByPortal = "By service portal",
        ByPortalNote = "Settlement reports and statements do not name portals, so per portal only collection is known.",
        Provider = "Channel",
        Portal = "Portal",
        Payments = "Payments",
        Refunded = "Refunded",
        Total = "Total",
        ProviderChartTitle = "Collected, settled and deposited by channel",
        ProviderChartDescFormat = "Bar chart by channel for {0}; the figures are in the table above.",
        Trend = "30-day trend",
        TrendChartTitle = "Collected and deposited per day, 30 days",
        TrendChartDescFormat = "Line chart from {0} to {1}; days not reconciled are left empty. The figures are in the table below.",
        TrendTable = "The 30 days as a table",
        NotReconciledShort = "not reconciled",
    };

    /// <summary>{0}: the day, dd/MM/yyyy.</summary>
    public required string DayTitleFormat { get; init; }

    public required string Day { get; init; }

    public required string Show { get; init; }

    public required string NotReconciled { get; init; }

    /// <summary>{0}: run id; {1}: when it finished.</summary>
    public required string ReconciledAtFormat { get; init; }

    public required string Collected { get; init; }

    public required string Settled { get; init; }

    public required string Deposited { get; init; }

    public required string Outstanding { get; init; }

    public required string CollectedHint { get; init; }

    public required string SettledHint { get; init; }

    public required string DepositedHint { get; init; }

    public required string OutstandingHint { get; init; }

    public required string Definitions { get; init; }

    public required string CollectedDefinition { get; init; }

    public required string SettledDefinition { get; init; }

    public required string DepositedDefinition { get; init; }

    public required string OutstandingDefinition { get; init; }

    public required string ByProvider { get; init; }

    public required string ByPortal { get; init; }

    public required string ByPortalNote { get; init; }

    public required string Provider { get; init; }

    public required string Portal { get; init; }

    public required string Payments { get; init; }

    public required string Refunded { get; init; }

    public required string Total { get; init; }

    public required string ProviderChartTitle { get; init; }

    /// <summary>{0}: the day.</summary>
    public required string ProviderChartDescFormat { get; init; }

    public required string Trend { get; init; }

    public required string TrendChartTitle { get; init; }

    /// <summary>{0}, {1}: first and last day.</summary>
    public required string TrendChartDescFormat { get; init; }

    public required string TrendTable { get; init; }

    public required string NotReconciledShort { get; init; }
}
