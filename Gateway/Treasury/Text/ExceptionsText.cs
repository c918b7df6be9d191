namespace PayGov.Gateway.Treasury;

public sealed partial class TreasuryText
{
    /// <summary>The exception queue and one exception's page.</summary>
    public ExceptionsText Exceptions => Pick(ExceptionsText.Vietnamese, ExceptionsText.English);
}

public sealed record ExceptionsText
{
    public static readonly ExceptionsText Vietnamese = new()
    {
        Title = "Ngoại lệ đối soát",
        FiltersLabel = "Lọc ngoại lệ",
        Status = "Trạng thái",
        Kind = "Loại",
        Provider = "Kênh thanh toán",
        Day = "Ngày làm việc",
        Sort = "Sắp xếp",
        Any = "Tất cả",
        Filter = "Lọc",
        ClearFilters = "Bỏ lọc",
        CountFormat = "{0} ngoại lệ",
        NoneMatch = "Không có ngoại lệ nào khớp bộ lọc.",
        PageFormat = "Trang {0}/{1}",
        Previous = "Trang trước",
        Next = "Trang sau",
        PagesLabel = "Phân trang",
        SortNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["newest"] = "Mới nhất trước", ["oldest"] = "Cũ nhất trước", ["amount_desc"] = "Số tiền lớn nhất trước", ["amount_asc"] = "Số tiền nhỏ nhất trước",
        },
        StatusNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["open"] = "Đang mở", ["pending_approval"] = "Chờ phê duyệt", ["resolved"] = "Đã xử lý", ["superseded"] = "Đã thay thế",
        },
        KindNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["missing_at_provider"] = "Thiếu ở kênh thanh toán", ["missing_at_gateway"] = "Thiếu ở cổng", ["amount_mismatch"] = "Lệch số tiền",
            ["status_mismatch"] = "Lệch trạng thái", ["duplicate"] = "Trùng lặp", ["late_settlement"] = "Quyết toán muộn", ["fee_mismatch"] = "Lệch phí",
            ["refund_mismatch"] = "Lệch hoàn tiền", ["payout_mismatch"] = "Lệch chuyển tiền về", ["unmatched_bank_credit"] = "Tiền vào chưa khớp",
        },
        ReasonNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["not_in_report"] = "Không có trong báo cáo quyết toán của ngày", ["not_settled_after_grace"] = "Quá hạn mà kênh vẫn chưa quyết toán",
            ["not_paid"] = "Kênh báo giao dịch không thành công", ["not_recorded"] = "Cổng chưa ghi nhận khoản đã thu",
            ["closed_but_paid"] = "Có tiền cho giao dịch đã đóng", ["gross_differs"] = "Số tiền khác với cổng",
            ["provider_fee_differs"] = "Phí khác biểu phí", ["settled_next_day"] = "Quyết toán vào ngày hôm sau", ["settled_late"] = "Quyết toán muộn",
            ["repeated_line"] = "Dòng lặp lại trong báo cáo", ["second_charge"] = "Thu lần thứ hai", ["double_payment"] = "Công dân trả hai lần",
            ["paid_twice"] = "Chuyển khoản hai lần", ["unknown_reference"] = "Tham chiếu không có ở cổng", ["no_reference"] = "Không có tham chiếu",
            ["ambiguous_reference"] = "Tham chiếu khớp nhiều giao dịch", ["missing_at_gateway"] = "Cổng không có bản ghi",
            ["missing_at_provider"] = "Kênh không có dòng", ["status"] = "Lệch trạng thái", ["amount"] = "Lệch số tiền",
            ["batch_total"] = "Tổng lô khác báo cáo", ["credit_missing"] = "Ngân hàng chưa nhận tiền chuyển về",
            ["reversed_by_bank"] = "Ngân hàng hoàn trả", ["unpaired_reversal"] = "Khoản hoàn trả không rõ gốc",
            ["overpaid"] = "Chuyển thừa", ["underpaid"] = "Chuyển thiếu",
        },
        Reference = "Tham chiếu",
        Source = "Nguồn",
        Expected = "Số tiền kỳ vọng",
        Observed = "Số tiền thực tế",
        Raised = "Phát sinh",
        AgeDaysFormat = "{0} ngày",
        AgeToday = "hôm nay",
        DetailTitleFormat = "Ngoại lệ {0}",
        Summary = "Tóm tắt",
        Reason = "Lý do",
        Portal = "Cổng dịch vụ",
        Difference = "Chênh lệch",
        Records = "Các bản ghi liên quan",
        Sides = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Gateway"] = "Sổ cái cổng thanh toán", ["Provider"] = "Dòng báo cáo của kênh thanh toán", ["Bank"] = "Dòng sao kê ngân hàng",
        },
        NoRecord = "Không có bản ghi.",
        FromFile = "Tệp",
        FieldNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["record_id"] = "Mã giao dịch cổng", ["intent_id"] = "Mã yêu cầu thanh toán", ["portal"] = "Cổng dịch vụ", ["dossier"] = "Số hồ sơ",
            ["provider"] = "Kênh", ["merchant_reference"] = "Mã tham chiếu", ["provider_txn_id"] = "Mã giao dịch kênh", ["amount"] = "Số tiền",
            ["fee"] = "Phí", ["net"] = "Thực nhận", ["status"] = "Trạng thái", ["time"] = "Thời điểm", ["account"] = "Tài khoản",
            ["bank_reference"] = "Mã giao dịch ngân hàng", ["direction"] = "Chiều", ["remark"] = "Nội dung", ["counterparty"] = "Người chuyển",
            ["value_date"] = "Ngày hiệu lực",
        },
        Trail = "Nhật ký xử lý",
        When = "Thời điểm",
        Who = "Người thực hiện",
        Action = "Thao tác",
        Change = "Trạng thái",
        Note = "Ghi chú",
        ActionNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["raised"] = "Phát sinh", ["resolved"] = "Xử lý", ["resolution_requested"] = "Xử lý, chờ phê duyệt", ["approved"] = "Phê duyệt",
            ["rejected"] = "Từ chối", ["reopened"] = "Mở lại", ["superseded"] = "Thay thế", ["amounts_changed"] = "Số tiền thay đổi",
            ["day_closed"] = "Khóa sổ ngày",
        },
        ResolveTitle = "Xử lý ngoại lệ",
        ResolutionCode = "Cách xử lý",
        ResolutionNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["timing_difference"] = "Chênh lệch thời điểm", ["provider_corrected"] = "Kênh thanh toán đã điều chỉnh", ["refund_issued"] = "Đã hoàn tiền",
            ["remainder_collected"] = "Đã thu phần còn thiếu", ["bank_inquiry_opened"] = "Đã gửi tra soát", ["accepted_as_is"] = "Chấp nhận như hiện trạng",
            ["other"] = "Khác",
        },
        NoteRequired = "Ghi chú (bắt buộc)",
        NoteOptional = "Ghi chú (không bắt buộc)",
        Resolve = "Xử lý",
        AboveThresholdFormat = "Số tiền trên ngưỡng {0}: việc xử lý cần một kiểm soát viên phê duyệt.",
        Resolution = "Kết quả xử lý",
        ResolvedByFormat = "{0} lúc {1}",
        ApprovedBy = "Phê duyệt bởi",
        ApproveTitle = "Phê duyệt",
        Approve = "Phê duyệt",
        Reject = "Từ chối, mở lại",
        WaitsForSupervisor = "Đang chờ một kiểm soát viên (không phải người xử lý) phê duyệt.",
        OwnResolution = "Bạn đã xử lý ngoại lệ này: một kiểm soát viên khác phải phê duyệt.",
        ReopenTitle = "Mở lại",
        Reopen = "Mở lại",
        DayClosedNote = "Ngày làm việc này đã khóa sổ: ngoại lệ không thể thay đổi.",
        BackToQueue = "Về danh sách ngoại lệ",
        Notices = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["resolved"] = "Đã xử lý ngoại lệ.", ["resolution_requested"] = "Đã ghi nhận cách xử lý; đang chờ kiểm soát viên phê duyệt.",
            ["approved"] = "Đã phê duyệt.", ["rejected"] = "Đã từ chối; ngoại lệ được mở lại.", ["reopened"] = "Đã mở lại ngoại lệ.",
        },
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["parameter_missing"] = "Hãy nhập ghi chú.", ["parameter_invalid"] = "Giá trị không hợp lệ.",
            ["exception_not_open"] = "Ngoại lệ đã được người khác xử lý hoặc đổi trạng thái. Hãy xem lại.",
            ["approval_not_allowed"] = "Người xử lý không tự phê duyệt được; cần một kiểm soát viên khác.",
            ["day_closed"] = "Ngày làm việc đã khóa sổ: không thay đổi được nữa.",
        },
        GenericError = "Không thực hiện được thao tác. Hãy tải lại trang và thử lại.",
        BadFilter = "Bộ lọc không hợp lệ",
    };

    public static readonly ExceptionsText English = new()
    {
        Title = "Reconciliation exceptions",
        FiltersLabel = "Filter exceptions",
        Status = "Status",
        Kind = "Kind",
        Provider = "Provider",
        Day = "Business day",
        Sort = "Sort",
        Any = "All",
        Filter = "Filter",
        ClearFilters = "Clear filters",
        CountFormat = "{0} exceptions",
        NoneMatch = "No exception matches the filters.",
        PageFormat = "Page {0} of {1}",
        Previous = "Previous page",
        Next = "Next page",
        PagesLabel = "Pages",
        SortNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["newest"] = "Newest first", ["oldest"] = "Oldest first", ["amount_desc"] = "Largest amount first", ["amount_asc"] = "Smallest amount first",
        },
        StatusNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["open"] = "Open", ["pending_approval"] = "Awaiting approval", ["resolved"] = "Resolved", ["superseded"] = "Superseded",
        },
        KindNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["missing_at_provider"] = "Missing at provider", ["missing_at_gateway"] = "Missing at gateway", ["amount_mismatch"] = "Amount mismatch",
            ["status_mismatch"] = "Status mismatch", ["duplicate"] = "Duplicate", ["late_settlement"] = "Late settlement", ["fee_mismatch"] = "Fee mismatch",
            ["refund_mismatch"] = "Refund mismatch", ["payout_mismatch"] = "Payout mismatch", ["unmatched_bank_credit"] = "Unmatched bank credit",
        },
        ReasonNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["not_in_report"] = "Not in the day's settlement report", ["not_settled_after_grace"] = "Still not settled after the grace period",
            ["not_paid"] = "The provider reports it unpaid", ["not_recorded"] = "Paid but not recorded by the gateway",
            ["closed_but_paid"] = "Money for a closed payment", ["gross_differs"] = "Amount differs from the gateway's",
            ["provider_fee_differs"] = "Fee differs from the tariff", ["settled_next_day"] = "Settled the next day", ["settled_late"] = "Settled late",
            ["repeated_line"] = "Line repeated in the report", ["second_charge"] = "Charged a second time", ["double_payment"] = "The citizen paid twice",
            ["paid_twice"] = "Transferred twice", ["unknown_reference"] = "Reference unknown to the gateway", ["no_reference"] = "No reference",
            ["ambiguous_reference"] = "Reference matches several payments", ["missing_at_gateway"] = "No gateway record",
            ["missing_at_provider"] = "No provider line", ["status"] = "Status differs", ["amount"] = "Amount differs",
            ["batch_total"] = "Batch total differs from the report", ["credit_missing"] = "Payout not credited by the bank",
            ["reversed_by_bank"] = "Reversed by the bank", ["unpaired_reversal"] = "Reversal with no original",
            ["overpaid"] = "Overpaid", ["underpaid"] = "Underpaid",
        },
        Reference = "Reference",
        Source = "Source",
        Expected = "Expected",
        Observed = "Observed",
        Raised = "Raised",
        AgeDaysFormat = "{0} days",
        AgeToday = "today",
        DetailTitleFormat = "Exception {0}",
        Summary = "Summary",
        Reason = "Reason",
        Portal = "Portal",
        Difference = "Difference",
        Records = "Records involved",
        Sides = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Gateway"] = "Gateway ledger", ["Provider"] = "Provider settlement line", ["Bank"] = "Bank statement line",
        },
        NoRecord = "No record.",
        FromFile = "File",
        FieldNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["record_id"] = "Gateway record", ["intent_id"] = "Payment intent", ["portal"] = "Portal", ["dossier"] = "Dossier number",
            ["provider"] = "Provider", ["merchant_reference"] = "Reference", ["provider_txn_id"] = "Provider transaction", ["amount"] = "Amount",
            ["fee"] = "Fee", ["net"] = "Net", ["status"] = "Status", ["time"] = "Time", ["account"] = "Account",
            ["bank_reference"] = "Bank reference", ["direction"] = "Direction", ["remark"] = "Remark", ["counterparty"] = "Payer",
            ["value_date"] = "Value date",
        },
        Trail = "Audit trail",
        When = "When",
        Who = "Who",
        Action = "Action",
        Change = "Status",
        Note = "Note",
        ActionNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["raised"] = "Raised", ["resolved"] = "Resolved", ["resolution_requested"] = "Resolved, awaiting approval", ["approved"] = "Approved",
            ["rejected"] = "Rejected", ["reopened"] = "Reopened", ["superseded"] = "Superseded", ["amounts_changed"] = "Amounts changed",
            ["day_closed"] = "Day closed",
        },
        ResolveTitle = "Resolve this exception",
        ResolutionCode = "Resolution",
        ResolutionNames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["timing_difference"] = "Timing difference", ["provider_corrected"] = "Provider corrected it", ["refund_issued"] = "Refund issued",
            ["remainder_collected"] = "Remainder collected", ["bank_inquiry_opened"] = "Bank inquiry opened", ["accepted_as_is"] = "Accepted as is",
            ["other"] = "Other",
        },
        NoteRequired = "Note (required)",
        NoteOptional = "Note (optional)",
        Resolve = "Resolve",
        AboveThresholdFormat = "Above the {0} threshold: the resolution needs a supervisor's approval.",
        Resolution = "Resolution",
        ResolvedByFormat = "{0} at {1}",
        ApprovedBy = "Approved by",
        ApproveTitle = "Approval",
        Approve = "Approve",
        Reject = "Reject and reopen",
        WaitsForSupervisor = "Waiting for a supervisor (other than the resolver) to approve.",
        OwnResolution = "You resolved this exception: another supervisor must approve it.",
        ReopenTitle = "Reopen",
        Reopen = "Reopen",
        DayClosedNote = "This business day is closed: the exception can no longer change.",
        BackToQueue = "Back to the exceptions",
        Notices = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["resolved"] = "The exception is resolved.", ["resolution_requested"] = "Resolution recorded; it waits for a supervisor's approval.",
            ["approved"] = "Approved.", ["rejected"] = "Rejected; the exception is open again.", ["reopened"] = "The exception is open again.",
        },
        Errors = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["parameter_missing"] = "Please write a note.", ["parameter_invalid"] = "A value is not valid.",
            ["exception_not_open"] = "Someone else has acted on this exception or its status changed. Please look again.",
            ["approval_not_allowed"] = "A resolver cannot approve their own resolution; another supervisor must.",
            ["day_closed"] = "The business day is closed: nothing can change any more.",
        },
        GenericError = "That could not be done. Please reload the page and try again.",
        BadFilter = "The filter is not valid",
    };

    public required string Title { get; init; }

    public required string FiltersLabel { get; init; }

    public required string Status { get; init; }

    public required string Kind { get; init; }

    public required string Provider { get; init; }

    public required string Day { get; init; }

    public required string Sort { get; init; }

    public required string Any { get; init; }

    public required string Filter { get; init; }

    public required string ClearFilters { get; init; }

    /// <summary>{0}: how many match.</summary>
    public required string CountFormat { get; init; }

    public required string NoneMatch { get; init; }

    /// <summary>{0}: this page, {1}: how many pages.</summary>
    public required string PageFormat { get; init; }

    public required string Previous { get; init; }

    public required string Next { get; init; }

    public required string PagesLabel { get; init; }

    public required IReadOnlyDictionary<string, string> SortNames { get; init; }

    public required IReadOnlyDictionary<string, string> StatusNames { get; init; }

    public required IReadOnlyDictionary<string, string> KindNames { get; init; }

    /// <summary>The engine's reasons (reconciliation README §8), shown with the code beside for the runbook.</summary>
    public required IReadOnlyDictionary<string, string> ReasonNames { get; init; }

    public required string Reference { get; init; }

    public required string Source { get; init; }

    public required string Expected { get; init; }

    public required string Observed { get; init; }

    public required string Raised { get; init; }

    /// <summary>{0}: whole days since the exception was raised.</summary>
    public required string AgeDaysFormat { get; init; }

    public required string AgeToday { get; init; }

    /// <summary>{0}: the exception's reference.</summary>
    public required string DetailTitleFormat { get; init; }

    public required string Summary { get; init; }

    public required string Reason { get; init; }

    public required string Portal { get; init; }

    public required string Difference { get; init; }

    public required string Records { get; init; }

    /// <summary>By <see cref="Reconciliation.EvidenceSide"/> name.</summary>
    public required IReadOnlyDictionary<string, string> Sides { get; init; }

    public required string NoRecord { get; init; }

    public required string FromFile { get; init; }

    /// <summary>By <see cref="Reconciliation.EvidenceField.Key"/>.</summary>
    public required IReadOnlyDictionary<string, string> FieldNames { get; init; }

    public required string Trail { get; init; }

    public required string When { get; init; }

    public required string Who { get; init; }

    public required string Action { get; init; }

    public required string Change { get; init; }

    public required string Note { get; init; }

    public required IReadOnlyDictionary<string, string> ActionNames { get; init; }

    public required string ResolveTitle { get; init; }

    public required string ResolutionCode { get; init; }

    public required IReadOnlyDictionary<string, string> ResolutionNames { get; init; }

    public required string NoteRequired { get; init; }

    public required string NoteOptional { get; init; }

    public required string Resolve { get; init; }

    /// <summary>{0}: the approval threshold in đồng.</summary>
    public required string AboveThresholdFormat { get; init; }

    public required string Resolution { get; init; }

    /// <summary>{0}: who, {1}: when.</summary>
    public required string ResolvedByFormat { get; init; }

    public required string ApprovedBy { get; init; }

    public required string ApproveTitle { get; init; }

    public required string Approve { get; init; }

    public required string Reject { get; init; }

    public required string WaitsForSupervisor { get; init; }

    public required string OwnResolution { get; init; }

    public required string ReopenTitle { get; init; }

    public required string Reopen { get; init; }

    public required string DayClosedNote { get; init; }

    public required string BackToQueue { get; init; }

    /// <summary>After a form succeeded, by what it did.</summary>
    public required IReadOnlyDictionary<string, string> Notices { get; init; }

    /// <summary>After a form was refused, by the API's error code.</summary>
    public required IReadOnlyDictionary<string, string> Errors { get; init; }

    public required string GenericError { get; init; }

    public required string BadFilter { get; init; }

    /// <summary>A wire name's label, or the wire name itself when none is known.</summary>
    public static string Name(IReadOnlyDictionary<string, string> names, string? key) =>
        key is null ? "" : names.TryGetValue(key, out var name) ? name : key;
}
