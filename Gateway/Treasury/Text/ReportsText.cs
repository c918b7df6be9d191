namespace PayGov.Gateway.Treasury;

public sealed partial class TreasuryText
{
    /// <summary>The day reports and the close of a day.</summary>
    public ReportsText Reports => Pick(ReportsText.Vietnamese, ReportsText.English);
}

public sealed record ReportsText
{
    public static readonly ReportsText Vietnamese = new()
    {
        TitleFormat = "Báo cáo ngày {0}",
        Day = "Ngày làm việc",
        Grouping = "Nhóm theo",
        Show = "Xem",
        GroupingNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["provider"] = "Kênh thanh toán", ["portal"] = "Cổng dịch vụ / cơ quan", ["fee_code"] = "Mã phí, lệ phí",
            ["budget"] = "Mã ngân sách (đủ 5 mã)", ["treasury_code"] = "Mã Kho bạc", ["budget_chapter"] = "Chương", ["budget_sub_item"] = "Tiểu mục",
            ["revenue_agency"] = "Cơ quan thu",
        },
        ColumnNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["provider"] = "Kênh thanh toán", ["portal"] = "Cổng dịch vụ", ["fee_code"] = "Mã phí", ["treasury_code"] = "Mã KBNN",
            ["budget_chapter"] = "Chương", ["budget_sub_item"] = "Tiểu mục", ["revenue_agency"] = "Cơ quan thu", ["area_code"] = "Mã địa bàn",
            ["payments_count"] = "Số giao dịch", ["payments_amount"] = "Tiền thu", ["refunds_count"] = "Số lần hoàn", ["refunds_amount"] = "Tiền hoàn",
            ["net"] = "Thực thu",
        },
        TableCaptionFormat = "Theo {0}",
        Total = "Tổng cộng",
        GatewayCheck = "Tổng khớp với số liệu của cổng thanh toán trong ngày.",
        GatewayMismatch = "Tổng KHÔNG khớp với số liệu của cổng thanh toán trong ngày.",
        NoRows = "Không có giao dịch nào trong ngày.",
        NoRun = "Ngày này chưa có lần đối soát nào hoàn tất.",
        Downloads = "Tải về",
        Csv = "CSV (nhóm đang xem)",
        Xlsx = "Excel (nhóm đang xem)",
        WholeDayXlsx = "Excel (mọi nhóm, mỗi nhóm một trang)",
        DayStatus = "Khóa sổ",
        ClosedFormat = "Ngày đã khóa sổ bởi {0} lúc {1}. Số liệu không còn thay đổi.",
        OpenDay = "Ngày chưa khóa sổ.",
        OutstandingFormat = "Còn {0} ngoại lệ đang mở và {1} ngoại lệ chờ phê duyệt.",
        SeeExceptions = "Xem các ngoại lệ của ngày",
        NotReconciled = "Ngày chưa có lần đối soát hoàn tất, chưa khóa sổ được.",
        Close = "Khóa sổ ngày",
        CloseHint = "Sau khi khóa sổ, ngày này và các ngày trước đó mà số liệu của nó kế thừa không chạy lại đối soát và không nhận tệp mới nữa; ngoại lệ của ngày này không xử lý nữa.",
        CloseDisabledFormat = "Chưa khóa sổ được: {0}",
        SupervisorOnly = "Chỉ kiểm soát viên được khóa sổ.",
        Closed = "Đã khóa sổ ngày.",
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["exceptions_outstanding"] = "còn ngoại lệ chưa xử lý xong.", ["day_not_reconciled"] = "ngày chưa được đối soát.",
            ["day_closed"] = "ngày đã khóa sổ.", ["reconciliation_busy"] = "một lần đối soát đang chạy; hãy thử lại sau.",
            ["inputs_changed"] = "có tệp đầu vào mới mà lần đối soát hiện tại chưa đọc; hãy chạy lại đối soát ngày này.",
        },
        BadDay = "Ngày không hợp lệ",
    };

    public static readonly ReportsText English = new()
    {
        TitleFormat = "Reports for {0}",
        Day = "Business day",
        Grouping = "Group by",
        Show = "Show",
        GroupingNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["provider"] = "Provider", ["portal"] = "Portal / agency", ["fee_code"] = "Fee code", ["budget"] = "Budget codes (all five)",
            ["treasury_code"] = "Treasury code", ["budget_chapter"] = "Budget chapter", ["budget_sub_item"] = "Budget sub-item",
            ["revenue_agency"] = "Revenue agency",
        },
        ColumnNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["provider"] = "Provider", ["portal"] = "Portal", ["fee_code"] = "Fee code", ["treasury_code"] = "Treasury code",
            ["budget_chapter"] = "Chapter", ["budget_sub_item"] = "Sub-item", ["revenue_agency"] = "Revenue agency", ["area_code"] = "Area code",
            ["payments_count"] = "Payments", ["payments_amount"] = "Collected", ["refunds_count"] = "Refunds", ["refunds_amount"] = "Refunded",
            ["net"] = "Net",
        },
        TableCaptionFormat = "By {0}",
        Total = "Total",
        GatewayCheck = "The totals equal the gateway's figures for the day.",
        GatewayMismatch = "The totals do NOT equal the gateway's figures for the day.",
        NoRows = "No transactions that day.",
        NoRun = "This day has no completed reconciliation run yet.",
        Downloads = "Downloads",
        Csv = "CSV (this grouping)",
        Xlsx = "Excel (this grouping)",
        WholeDayXlsx = "Excel (every grouping, one sheet each)",
        DayStatus = "Day close",
        ClosedFormat = "The day was closed by {0} at {1}. Its figures no longer change.",
        OpenDay = "The day is not closed.",
        OutstandingFormat = "{0} exceptions are open and {1} await approval.",
        SeeExceptions = "See the day's exceptions",
        NotReconciled = "The day has no completed reconciliation run and cannot be closed yet.",
        Close = "Close the day",
        CloseHint = "Once closed, the day and the days before it that its figures carry from are not reconciled again and take no new files; the day's exceptions take no action.",
        CloseDisabledFormat = "Cannot close yet: {0}",
        SupervisorOnly = "Only a supervisor can close a day.",
        Closed = "The day is closed.",
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["exceptions_outstanding"] = "some exceptions are not settled.", ["day_not_reconciled"] = "the day has not been reconciled.",
            ["day_closed"] = "the day is already closed.", ["reconciliation_busy"] = "a reconciliation run is in progress; try again later.",
            ["inputs_changed"] = "an input file arrived that the current run has not read; run the day again.",
        },
        BadDay = "The day is not valid",
    };

    /// <summary>{0}: the day, dd/MM/yyyy.</summary>
    public required string TitleFormat { get; init; }

    public required string Day { get; init; }

    public required string Grouping { get; init; }

    public required string Show { get; init; }

    public required IReadOnlyDictionary<string, string> GroupingNames { get; init; }

    public required IReadOnlyDictionary<string, string> ColumnNames { get; init; }

    /// <summary>{0}: the grouping's name.</summary>
    public required string TableCaptionFormat { get; init; }

    public required string Total { get; init; }

    public required string GatewayCheck { get; init; }

    public required string GatewayMismatch { get; init; }

    public required string NoRows { get; init; }

    public required string NoRun { get; init; }

    public required string Downloads { get; init; }

    public required string Csv { get; init; }

    public required string Xlsx { get; init; }

    public required string WholeDayXlsx { get; init; }

    public required string DayStatus { get; init; }

    /// <summary>{0}: who, {1}: when.</summary>
    public required string ClosedFormat { get; init; }

    public required string OpenDay { get; init; }

    /// <summary>{0}: open, {1}: awaiting approval.</summary>
    public required string OutstandingFormat { get; init; }

    public required string SeeExceptions { get; init; }

    public required string NotReconciled { get; init; }

    public required string Close { get; init; }

    public required string CloseHint { get; init; }

    /// <summary>{0}: why, from <see cref="Errors"/>.</summary>
    public required string CloseDisabledFormat { get; init; }

    public required string SupervisorOnly { get; init; }

    public required string Closed { get; init; }

    /// <summary>Why a close was refused, by the API's error code.</summary>
    public required IReadOnlyDictionary<string, string> Errors { get; init; }

    public required string BadDay { get; init; }
}
