using System.Globalization;

namespace PayGov.Reconciliation.Model;

/// <summary>The one place where enums meet their snake_case names on the wire and in files.</summary>
public static class WireNames
{
    public static string Of(ExceptionType type) => type switch
    {
        ExceptionType.MissingAtProvider => "missing_at_provider",
        ExceptionType.MissingAtGateway => "missing_at_gateway",
        ExceptionType.AmountMismatch => "amount_mismatch",
        ExceptionType.StatusMismatch => "status_mismatch",
        ExceptionType.Duplicate => "duplicate",
        ExceptionType.LateSettlement => "late_settlement",
        ExceptionType.FeeMismatch => "fee_mismatch",
        ExceptionType.RefundMismatch => "refund_mismatch",
        ExceptionType.PayoutMismatch => "payout_mismatch",
        ExceptionType.UnmatchedBankCredit => "unmatched_bank_credit",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Of(PaymentChannel channel) => channel switch
    {
        PaymentChannel.VnPay => "vnpay",
        PaymentChannel.MoMo => "momo",
        PaymentChannel.ZaloPay => "zalopay",
        PaymentChannel.BankTransfer => "bank_transfer",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string Of(RecordStatus status) => status switch
    {
        RecordStatus.Succeeded => "succeeded",
        RecordStatus.Processing => "processing",
        RecordStatus.Pending => "pending",
        RecordStatus.Failed => "failed",
        RecordStatus.Expired => "expired",
        RecordStatus.Canceled => "canceled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParseChannel(ReadOnlySpan<char> text, out PaymentChannel channel)
    {
        (var known, channel) = text switch
        {
            "vnpay" => (true, PaymentChannel.VnPay),
            "momo" => (true, PaymentChannel.MoMo),
            "zalopay" => (true, PaymentChannel.ZaloPay),
            "bank_transfer" => (true, PaymentChannel.BankTransfer),
            _ => (false, default),
        };
        return known;
    }

    public static bool TryParseStatus(ReadOnlySpan<char> text, out RecordStatus status)
    {
        (var known, status) = text switch
        {
            "succeeded" => (true, RecordStatus.Succeeded),
            "processing" => (true, RecordStatus.Processing),
            "pending" => (true, RecordStatus.Pending),
            "failed" => (true, RecordStatus.Failed),
            "expired" => (true, RecordStatus.Expired),
            "canceled" => (true, RecordStatus.Canceled),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>The source name of a collection account's statement, e.g. <c>bank:0011004455667</c>.</summary>
    public static string BankSource(string account) => string.Create(CultureInfo.InvariantCulture, $"bank:{account}");
}
