using PayGov.Gateway.Web;

namespace PayGov.Gateway.Checkout;

/// <summary>
/// Every sentence a citizen reads, in Vietnamese (the default) and English. One table, so a page can never mix
/// languages and a missing translation is a compile error, not a blank.
/// </summary>
public sealed class CheckoutText
{
    public static readonly CheckoutText Vietnamese = new()
    {
        Language = PageLanguage.Vietnamese,
        OtherLangName = "English",
        SiteName = "PayGov — Thanh toán phí, lệ phí",
        PayTitle = "Thanh toán",
        Dossier = "Mã hồ sơ",
        Description = "Nội dung",
        FeeItem = "Khoản phí, lệ phí",
        Amount = "Số tiền",
        Total = "Tổng cộng",
        BudgetCodes = "Mã ngân sách",
        BudgetCodesLegend = "KBNN / Chương / Tiểu mục / Cơ quan thu / Địa bàn",
        ExpiresAt = "Hạn thanh toán",
        ChooseWay = "Chọn cách thanh toán",
        WayVietQr = "Chuyển khoản ngân hàng (VietQR)",
        WayMoMo = "Ví MoMo",
        WayZaloPay = "Ví ZaloPay",
        WayVnPay = "VNPAY (thẻ ATM, thẻ quốc tế)",
        WayVietQrHint = "Quét mã bằng ứng dụng ngân hàng bất kỳ",
        WayRedirectHint = "Chuyển sang trang thanh toán của nhà cung cấp",
        NoWays = "Hiện chưa có cách thanh toán nào sẵn sàng. Vui lòng thử lại sau ít phút.",
        OverLimitFormat = "{0} không nhận khoản thanh toán này: số tiền vượt hạn mức {1} của nhà cung cấp.",
        UnavailableFormat = "{0} đang tạm gián đoạn.",
        BiometricNotice = "Với giao dịch chuyển khoản trên 10.000.000 ₫, ứng dụng ngân hàng sẽ yêu cầu xác thực sinh trắc học (khuôn mặt) theo quy định của Ngân hàng Nhà nước.",
        NoticeDeclined = "Giao dịch trước chưa thành công hoặc đã bị hủy. Bạn có thể chọn lại cách thanh toán.",
        NoticeUnavailable = "Nhà cung cấp bạn chọn đang gián đoạn. Vui lòng chọn cách khác hoặc thử lại sau.",
        NoticeInDoubt = "Chúng tôi đang chờ nhà cung cấp xác nhận giao dịch trước. Vui lòng không thanh toán lại; trang này sẽ tự cập nhật.",
        NoticeChanged = "Trạng thái thanh toán vừa thay đổi. Vui lòng xem lại bên dưới.",
        Waiting = "Đang chờ xác nhận thanh toán",
        WaitingAtProviderFormat = "Bạn đang thanh toán qua {0}. Trang này tự cập nhật khi có kết quả.",
        ContinueAtProviderFormat = "Tiếp tục thanh toán tại {0}",
        ChooseAgain = "Chọn cách thanh toán khác",
        CheckAgain = "Cập nhật trạng thái",
        TransactionCode = "Mã giao dịch",
        TransferTitle = "Chuyển khoản bằng mã VietQR",
        TransferSteps = "Mở ứng dụng ngân hàng, chọn quét mã QR và quét mã dưới đây. Hoặc chuyển khoản thủ công với đúng các thông tin sau.",
        QrLabel = "Mã VietQR để chuyển khoản",
        Bank = "Ngân hàng",
        Account = "Số tài khoản",
        AccountName = "Chủ tài khoản",
        TransferContent = "Nội dung chuyển khoản",
        TransferContentWarning = "Ghi đúng nội dung chuyển khoản để hệ thống nhận ra khoản thanh toán của bạn.",
        Copy = "Sao chép",
        Copied = "Đã sao chép",
        TransferAutoUpdate = "Trang này tự cập nhật khi ngân hàng báo tiền đã đến (thường trong vài giây).",
        PaidTitle = "Thanh toán thành công",
        PaidLead = "Hệ thống đã ghi nhận khoản thanh toán của bạn. Biên lai điện tử dưới đây có giá trị chứng từ.",
        CanceledTitle = "Yêu cầu thanh toán đã bị hủy",
        CanceledLead = "Cơ quan tiếp nhận hồ sơ đã hủy yêu cầu thanh toán này. Bạn không cần thanh toán. Nếu đã chuyển tiền, khoản tiền sẽ được hoàn lại.",
        ExpiredTitle = "Yêu cầu thanh toán đã hết hạn",
        ExpiredLead = "Đã quá hạn thanh toán. Vui lòng quay lại cổng dịch vụ công để tạo yêu cầu thanh toán mới.",
        ReturnToPortal = "Quay về cổng dịch vụ công",
        ReceiptTitle = "Biên lai điện tử",
        ReceiptNumber = "Số biên lai",
        Payer = "Người nộp",
        PayerUnknown = "(không ghi tên)",
        Provider = "Kênh thanh toán",
        ProviderTransaction = "Mã giao dịch của nhà cung cấp",
        PaidAt = "Thời gian thanh toán",
        ReceiptPdf = "Tải biên lai (PDF)",
        VerifyLink = "Trang xác minh biên lai",
        ReceiptQrLabel = "Mã QR dẫn tới trang xác minh biên lai",
        ReceiptQrNote = "Quét mã để xác minh biên lai trên PayGov.",
        VerifyTitle = "Xác minh biên lai điện tử",
        Verified = "Biên lai hợp lệ: PayGov đã ghi nhận khoản thanh toán này.",
        NotVerified = "Không xác minh được biên lai. Vui lòng kiểm tra lại số biên lai và mã xác minh.",
        StatusTitle = "Tra cứu trạng thái thanh toán",
        StatusLead = "Nhập mã hồ sơ và số biên lai (hoặc mã giao dịch hiển thị khi thanh toán) để biết hệ thống đã ghi nhận khoản thanh toán chưa.",
        StatusReference = "Mã hồ sơ",
        StatusCode = "Số biên lai hoặc mã giao dịch",
        StatusCodeHint = "Ví dụ: BL-2026-7K3Q9-M2XW4",
        Lookup = "Tra cứu",
        StatusPaid = "Đã thanh toán",
        StatusAwaiting = "Đang chờ xác nhận",
        StatusAwaitingLead = "Giao dịch đang chờ nhà cung cấp xác nhận. Vui lòng không thanh toán lại; hãy tra cứu lại sau ít phút.",
        StatusNotPaid = "Chưa thanh toán",
        StatusNotPaidLead = "Hệ thống chưa ghi nhận khoản thanh toán nào cho giao dịch này.",
        StatusNotFound = "Không tìm thấy thông tin khớp với mã hồ sơ và số biên lai (hoặc mã giao dịch) đã nhập.",
        NotFoundTitle = "Không tìm thấy trang",
        NotFoundLead = "Liên kết không đúng hoặc đã hết hiệu lực. Vui lòng mở lại liên kết thanh toán từ cổng dịch vụ công.",
        BadRequestTitle = "Yêu cầu không hợp lệ",
        BadRequestLead = "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại.",
    };

    public static readonly CheckoutText English = new()
    {
        Language = PageLanguage.English,
        OtherLangName = "Tiếng Việt",
        SiteName = "PayGov — Government fee payment",
        PayTitle = "Payment",
        Dossier = "Dossier number",
        Description = "Description",
        FeeItem = "Fee",
        Amount = "Amount",
        Total = "Total",
        BudgetCodes = "Budget codes",
        BudgetCodesLegend = "Treasury / Chapter / Sub-item / Revenue agency / Area",
        ExpiresAt = "Pay by",
        ChooseWay = "Choose how to pay",
        WayVietQr = "Bank transfer (VietQR)",
        WayMoMo = "MoMo wallet",
        WayZaloPay = "ZaloPay wallet",
        WayVnPay = "VNPAY (domestic or international card)",
        WayVietQrHint = "Scan the code with any banking app",
        WayRedirectHint = "Continue on the provider's payment page",
        NoWays = "No way to pay is available right now. Please try again in a few minutes.",
        OverLimitFormat = "{0} cannot take this payment: the amount is above the provider's limit of {1}.",
        UnavailableFormat = "{0} is temporarily unavailable.",
        BiometricNotice = "For a bank transfer above 10,000,000 ₫, your banking app will ask for a biometric (face) check, as the State Bank of Vietnam requires.",
        NoticeDeclined = "The last payment was not completed or was canceled. You can choose how to pay again.",
        NoticeUnavailable = "The provider you chose is unavailable. Please choose another way or try again later.",
        NoticeInDoubt = "We are waiting for the provider to confirm the last payment. Please do not pay again; this page updates by itself.",
        NoticeChanged = "The payment's status has just changed. Please look below.",
        Waiting = "Waiting for the payment to be confirmed",
        WaitingAtProviderFormat = "You are paying with {0}. This page updates by itself when the result arrives.",
        ContinueAtProviderFormat = "Continue paying at {0}",
        ChooseAgain = "Choose another way to pay",
        CheckAgain = "Check the status again",
        TransactionCode = "Transaction code",
        TransferTitle = "Transfer with the VietQR code",
        TransferSteps = "Open your banking app, choose to scan a QR code and scan the code below. Or transfer by hand with exactly these details.",
        QrLabel = "VietQR code for the transfer",
        Bank = "Bank",
        Account = "Account number",
        AccountName = "Account holder",
        TransferContent = "Transfer content",
        TransferContentWarning = "Enter the transfer content exactly, so the system recognises your payment.",
        Copy = "Copy",
        Copied = "Copied",
        TransferAutoUpdate = "This page updates by itself when the bank reports the money (usually within seconds).",
        PaidTitle = "Payment successful",
        PaidLead = "Your payment has been recorded. The electronic receipt below is a valid proof of payment.",
        CanceledTitle = "This payment request was canceled",
        CanceledLead = "The agency handling your dossier canceled this payment request. You do not need to pay. If you already paid, the money will be refunded.",
        ExpiredTitle = "This payment request has expired",
        ExpiredLead = "The time to pay has passed. Please go back to the public-service portal to create a new payment request.",
        ReturnToPortal = "Back to the public-service portal",
        ReceiptTitle = "Electronic receipt",
        ReceiptNumber = "Receipt number",
        Payer = "Payer",
        PayerUnknown = "(no name given)",
        Provider = "Paid with",
        ProviderTransaction = "Provider's transaction id",
        PaidAt = "Paid at",
        ReceiptPdf = "Download the receipt (PDF)",
        VerifyLink = "Receipt verification page",
        ReceiptQrLabel = "QR code leading to the receipt's verification page",
        ReceiptQrNote = "Scan to verify this receipt on PayGov.",
        VerifyTitle = "Verify an electronic receipt",
        Verified = "Valid receipt: PayGov has recorded this payment.",
        NotVerified = "This receipt could not be verified. Please check the receipt number and the verification code.",
        StatusTitle = "Check a payment's status",
        StatusLead = "Enter the dossier number and the receipt number (or the transaction code shown when you paid) to see whether the payment has been recorded.",
        StatusReference = "Dossier number",
        StatusCode = "Receipt number or transaction code",
        StatusCodeHint = "For example: BL-2026-7K3Q9-M2XW4",
        Lookup = "Check",
        StatusPaid = "Paid",
        StatusAwaiting = "Awaiting confirmation",
        StatusAwaitingLead = "The payment is waiting for the provider's confirmation. Please do not pay again; check again in a few minutes.",
        StatusNotPaid = "Not paid",
        StatusNotPaidLead = "No payment has been recorded for this transaction.",
        StatusNotFound = "Nothing matches the dossier number and receipt number (or transaction code) you entered.",
        NotFoundTitle = "Page not found",
        NotFoundLead = "The link is wrong or no longer valid. Please open the payment link again from the public-service portal.",
        BadRequestTitle = "Invalid request",
        BadRequestLead = "The form has expired or is not valid. Please reload the page and try again.",
    };

    public required PageLanguage Language { get; init; }

    public string Lang => LanguageSwitch.Code(Language);

    public string OtherLang => LanguageSwitch.Code(LanguageSwitch.Other(Language));

    public required string OtherLangName { get; init; }

    public required string SiteName { get; init; }

    public required string PayTitle { get; init; }

    public required string Dossier { get; init; }

    public required string Description { get; init; }

    public required string FeeItem { get; init; }

    public required string Amount { get; init; }

    public required string Total { get; init; }

    public required string BudgetCodes { get; init; }

    public required string BudgetCodesLegend { get; init; }

    public required string ExpiresAt { get; init; }

    public required string ChooseWay { get; init; }

    public required string WayVietQr { get; init; }

    public required string WayMoMo { get; init; }

    public required string WayZaloPay { get; init; }

    public required string WayVnPay { get; init; }

    public required string WayVietQrHint { get; init; }

    public required string WayRedirectHint { get; init; }

    public required string NoWays { get; init; }

    public required string OverLimitFormat { get; init; }

    public required string UnavailableFormat { get; init; }

    public required string BiometricNotice { get; init; }

    public required string NoticeDeclined { get; init; }

    public required string NoticeUnavailable { get; init; }

    public required string NoticeInDoubt { get; init; }

    public required string NoticeChanged { get; init; }

    public required string Waiting { get; init; }

    public required string WaitingAtProviderFormat { get; init; }

    public required string ContinueAtProviderFormat { get; init; }

    public required string ChooseAgain { get; init; }

    public required string CheckAgain { get; init; }

    public required string TransactionCode { get; init; }

    public required string TransferTitle { get; init; }

    public required string TransferSteps { get; init; }

    public required string QrLabel { get; init; }

    public required string Bank { get; init; }

    public required string Account { get; init; }

    public required string AccountName { get; init; }

    public required string TransferContent { get; init; }

    public required string TransferContentWarning { get; init; }

    public required string Copy { get; init; }

    public required string Copied { get; init; }

    public required string TransferAutoUpdate { get; init; }

    public required string PaidTitle { get; init; }

    public required string PaidLead { get; init; }

    public required string CanceledTitle { get; init; }

    public required string CanceledLead { get; init; }

    public required string ExpiredTitle { get; init; }

    public required string ExpiredLead { get; init; }

    public required string ReturnToPortal { get; init; }

    public required string ReceiptTitle { get; init; }

    public required string ReceiptNumber { get; init; }

    public required string Payer { get; init; }

    public required string PayerUnknown { get; init; }

    public required string Provider { get; init; }

    public required string ProviderTransaction { get; init; }

    public required string PaidAt { get; init; }

    public required string ReceiptPdf { get; init; }

    public required string VerifyLink { get; init; }

    public required string ReceiptQrLabel { get; init; }

    public required string ReceiptQrNote { get; init; }

    public required string VerifyTitle { get; init; }

    public required string Verified { get; init; }

    public required string NotVerified { get; init; }

    public required string StatusTitle { get; init; }

    public required string StatusLead { get; init; }

    public required string StatusReference { get; init; }

    public required string StatusCode { get; init; }

    public required string StatusCodeHint { get; init; }

    public required string Lookup { get; init; }

    public required string StatusPaid { get; init; }

    public required string StatusAwaiting { get; init; }

    public required string StatusAwaitingLead { get; init; }

    public required string StatusNotPaid { get; init; }

    public required string StatusNotPaidLead { get; init; }

    public required string StatusNotFound { get; init; }

    public required string NotFoundTitle { get; init; }

    public required string NotFoundLead { get; init; }

    public required string BadRequestTitle { get; init; }

    public required string BadRequestLead { get; init; }

    /// <summary>The table of the language the reader chose (<see cref="LanguageSwitch"/>).</summary>
    public static CheckoutText Of(HttpContext context) => For(LanguageSwitch.Resolve(context));

    public static CheckoutText For(PageLanguage language) => language == PageLanguage.English ? English : Vietnamese;

    public string Format(string format, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
