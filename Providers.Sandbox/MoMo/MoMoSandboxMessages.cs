namespace PayGov.Providers.Sandbox.MoMo;

/// <summary>MoMo's <c>message</c> for each code the sandbox returns (momo.md §9), in the request's <c>lang</c>.</summary>
internal static class MoMoSandboxMessages
{
    public static string For(int resultCode, string lang)
    {
        var (vi, en) = resultCode switch
        {
            0 => ("Thành công.", "Successful."),
            13 => ("Xác thực doanh nghiệp thất bại.", "Merchant authentication failed."),
            20 => ("Yêu cầu sai định dạng.", "Bad format request."),
            21 => ("Số tiền giao dịch không hợp lệ.", "Invalid transaction amount."),
            40 => ("RequestId bị trùng.", "Duplicated requestId."),
            41 => ("OrderId bị trùng.", "Duplicated orderId."),
            42 => ("OrderId không hợp lệ hoặc không được tìm thấy.", "Invalid orderId or orderId is not found."),
            1000 => ("Giao dịch đã được khởi tạo, chờ người dùng xác nhận thanh toán.", "Transaction initiated, waiting for user confirmation."),
            1006 => ("Người dùng đã từ chối xác nhận thanh toán.", "Transaction denied by user."),
            1080 => ("Giao dịch hoàn tiền thất bại.", "Refund attempt failed."),
            1081 => ("Giao dịch hoàn tiền bị từ chối: đã hoàn hoặc vượt số tiền có thể hoàn.", "Refund rejected: already refunded or over the refundable amount."),
            _ => ("Lỗi không xác định.", "Unknown error."),
        };
        return string.Equals(lang, "en", StringComparison.Ordinal) ? en : vi;
    }
}
