using System.Text;
using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Tests.BankTransfer;

public class BankNotificationTests
{
    private const string OldSecret = "TESTONLY-bank-notify-secret-0000000001";
    private const string NewSecret = "TESTONLY-bank-notify-secret-0000000003";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1741919480);
    private static readonly HashSet<string> Accounts = ["1023456789"];

    private static byte[] Body(string amount = "125000", string currency = "VND") => Encoding.UTF8.GetBytes(
        "{\"transaction_id\":\"FT1\",\"bank_code\":\"970436\",\"account_number\":\"1023456789\",\"amount\":" + amount
        + ",\"currency\":\"" + currency + "\",\"credit_time\":\"2025-03-14T09:31:07+07:00\",\"description\":\"PG7K3M9QX2ABV\",\"bank_reference\":\"1\"}");

    [Fact]
    public void During_rotation_any_v1_matching_any_active_secret_is_accepted()
    {
        var body = Body();
        var header = BankNotificationSignature.CreateHeader(1741919477, body, [NewSecret, OldSecret]);

        Assert.Equal(BankSignatureVerdict.Valid, BankNotificationSignature.Verify(header, body, [OldSecret], Now, BankNotificationSignature.DefaultTolerance));
        Assert.Equal(BankSignatureVerdict.Valid, BankNotificationSignature.Verify(header, body, [NewSecret], Now, BankNotificationSignature.DefaultTolerance));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=1741919477")]
    [InlineData("t=abc,v1=00")]
    [InlineData("t=1741919477,t=1741919477,v1=00")]
    public void Missing_or_ill_formed_header_is_signature_invalid(string? header)
    {
        Assert.Equal(BankSignatureVerdict.SignatureInvalid, BankNotificationSignature.Verify(header, Body(), [OldSecret], Now, BankNotificationSignature.DefaultTolerance));
    }

    [Theory]
    [InlineData(300, BankSignatureVerdict.Valid)]
    [InlineData(301, BankSignatureVerdict.TimestampOutOfWindow)]
    [InlineData(-300, BankSignatureVerdict.Valid)]
    [InlineData(-301, BankSignatureVerdict.TimestampOutOfWindow)]
    public void Timestamp_window_is_300_seconds_past_or_future(int offsetSeconds, BankSignatureVerdict expected)
    {
        var body = Body();
        var header = BankNotificationSignature.CreateHeader(Now.ToUnixTimeSeconds() + offsetSeconds, body, [OldSecret]);

        Assert.Equal(expected, BankNotificationSignature.Verify(header, body, [OldSecret], Now, BankNotificationSignature.DefaultTolerance));
    }

    [Fact]
    public void Body_over_16_KiB_is_refused_before_anything_else()
    {
        var body = new byte[BankNotificationReader.MaxBodyBytes + 1];

        var result = BankNotificationReader.Read(null, body, [OldSecret], Now, Accounts);

        Assert.Equal(413, result.Rejection!.HttpStatus);
        Assert.Equal("payload_too_large", result.Rejection.ProblemCode);
    }

    [Theory]
    [InlineData("125000", "USD", 422, "currency_unsupported", null)]
    [InlineData("\"125000\"", "VND", 400, "payload_invalid", "amount")]
    [InlineData("0", "VND", 400, "payload_invalid", "amount")]
    [InlineData("-5", "VND", 400, "payload_invalid", "amount")]
    [InlineData("125000.0", "VND", 400, "payload_invalid", "amount")]
    public void Bad_content_is_refused_with_its_code_and_param(string amount, string currency, int status, string code, string? param)
    {
        var body = Body(amount, currency);
        var header = BankNotificationSignature.CreateHeader(Now.ToUnixTimeSeconds(), body, [OldSecret]);

        var result = BankNotificationReader.Read(header, body, [OldSecret], Now, Accounts);

        Assert.Equal(status, result.Rejection!.HttpStatus);
        Assert.Equal(code, result.Rejection.ProblemCode);
        Assert.Equal(param, result.Rejection.ProblemParam);
    }

    [Fact]
    public void Credit_time_without_offset_is_refused()
    {
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body()).Replace("+07:00", string.Empty, StringComparison.Ordinal));
        var header = BankNotificationSignature.CreateHeader(Now.ToUnixTimeSeconds(), body, [OldSecret]);

        var result = BankNotificationReader.Read(header, body, [OldSecret], Now, Accounts);

        Assert.Equal("credit_time", result.Rejection!.ProblemParam);
    }

    [Fact]
    public void Underpaid_attempt_reaching_expiry_refunds_every_matched_credit()
    {
        var attempt = new BankTransferAttempt("PG7K3M9QX2ABV", "1023456789", 125_000, 100_000, BankIntentStatus.Processing, Now);

        var match = BankCreditMatcher.OnExpiry(attempt)!;

        Assert.Equal(BankCreditExceptionReason.Underpayment, match.ExceptionReason);
        Assert.Equal("amount_mismatch", match.ReconciliationCategory);
        Assert.Equal(100_000, match.RefundAmount);
        Assert.Equal(BankIntentStatus.Expired, match.IntentStatusAfter);
    }

    [Fact]
    public void Credit_booked_after_expiry_is_late_even_if_the_intent_is_still_open()
    {
        var attempt = new BankTransferAttempt("PG7K3M9QX2ABV", "1023456789", 125_000, 0, BankIntentStatus.Processing, Now.AddHours(-1));
        var credit = new BankCreditNotification("FT1", "970436", "1023456789", 125_000, "VND", Now, "PG7K3M9QX2ABV", "1", null);

        var match = BankCreditMatcher.Match(credit, ["PG7K3M9QX2ABV"], attempt);

        Assert.Equal(BankCreditExceptionReason.LatePayment, match.ExceptionReason);
        Assert.Equal(125_000, match.RefundAmount);
    }

    [Fact]
    public void Counter_account_is_masked_when_printed()
    {
        var text = new BankCounterAccount("970422", "0123456789", "NGUYEN VAN A").ToString();

        Assert.DoesNotContain("0123456789", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NGUYEN", text, StringComparison.Ordinal);
    }
}
