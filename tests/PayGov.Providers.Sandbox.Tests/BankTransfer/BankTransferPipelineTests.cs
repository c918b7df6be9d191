using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.Sandbox.BankTransfer;

namespace PayGov.Providers.Sandbox.Tests.BankTransfer;

/// <summary>
/// An attempt's VietQR paid at the sandbox bank over HTTP, the signed notification received by a loopback merchant,
/// verified by the adapter, and matched by the amount rules of bank-notification.md §5.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class BankTransferPipelineTests(SandboxFixture fixture)
{
    private readonly BankSandboxClient bank = new(fixture);

    [Fact]
    public async Task Completing_an_attempt_pays_its_QR_and_the_notification_verifies_to_its_reference_and_amount()
    {
        var started = await bank.StartAsync(125_000);

        using var completed = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded, started.QrPayload));
        var notification = (await bank.NotificationsAsync(started.ProviderReference))[0];
        var verification = await bank.VerifyAsync(notification);

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.True(verification.IsVerified, verification.RejectionReason);
        Assert.Equal(started.ProviderReference, verification.Notification.ProviderReference);
        Assert.Equal(125_000, verification.Notification.Amount);
        Assert.Equal(PaymentOutcome.Succeeded, verification.Notification.Outcome);
        var credit = verification.Notification.BankCredit!;
        Assert.Equal(SandboxFixture.BankAccount, credit.AccountNumber);
        Assert.Equal(SandboxFixture.BankBin, credit.BankCode);
        Assert.Equal(verification.Notification.ProviderTransactionId, credit.TransactionId);
        var transfer = await bank.SettledAsync(credit.TransactionId);
        Assert.Equal("delivered", Assert.Single(Assert.Single(transfer.Notifications)).State);
        Assert.Equal(credit.CreditTime, transfer.CreditTime);
        var match = BankCreditMatcher.Match(credit, TransferReference.FindIn(credit.Description), BankSandboxClient.Known(started.ProviderReference, 125_000));
        Assert.Equal(BankIntentStatus.Succeeded, match.IntentStatusAfter);
        Assert.Equal(BankCreditExceptionReason.None, match.ExceptionReason);
    }

    [Fact]
    public async Task A_failed_completion_transfers_nothing_and_a_reference_completes_once()
    {
        var started = await bank.StartAsync();

        using var failed = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Failed));
        using var again = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded, started.QrPayload));
        var today = DateOnly.FromDateTime(BankSandboxClient.Now.ToOffset(TimeSpan.FromHours(7)).DateTime);
        using var statement = await bank.StatementAsync(today, "mt940");

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.DoesNotContain(started.ProviderReference, await statement.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(fixture.Merchant.BankNotificationsWith(started.ProviderReference));
    }

    [Fact]
    public async Task Paying_needs_the_attempts_own_valid_QR_and_a_known_outcome()
    {
        var started = await bank.StartAsync();
        var other = await bank.StartAsync();
        var tampered = started.QrPayload!.Replace("5406125000", "5406150000", StringComparison.Ordinal);

        using var otherQr = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded, other.QrPayload));
        using var badCrc = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded, tampered));
        using var noQr = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded));
        using var badOutcome = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest("maybe", started.QrPayload));
        using var notAReference = await bank.CompleteAsync("PG7K3M9QX2ABW", new SandboxCompletionRequest(SandboxCompletionRequest.Failed));
        using var paid = await bank.CompleteAsync(started.ProviderReference, new SandboxCompletionRequest(SandboxCompletionRequest.Succeeded, started.QrPayload));

        Assert.Equal("qr_payload_invalid", await CodeOf(otherQr, HttpStatusCode.BadRequest));
        Assert.Equal("qr_payload_invalid", await CodeOf(badCrc, HttpStatusCode.BadRequest));
        Assert.Equal("qr_payload_invalid", await CodeOf(noQr, HttpStatusCode.BadRequest));
        Assert.Equal("outcome_invalid", await CodeOf(badOutcome, HttpStatusCode.BadRequest));
        Assert.Equal("reference_invalid", await CodeOf(notAReference, HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
    }

    [Fact]
    public async Task The_banking_app_checks_the_QRs_CRC_and_account_and_the_NAPAS_amount_limit()
    {
        var started = await bank.StartAsync();
        var tampered = started.QrPayload!.Replace("5406125000", "5406150000", StringComparison.Ordinal);
        var otherAccount = VietQrPayload.Build(new VietQrRequest(SandboxFixture.BankBin, "9999999999", 125_000, started.ProviderReference)).Payload;

        using var badCrc = await bank.PostTransferAsync(new SandboxTransferRequest(tampered));
        using var unknownAccount = await bank.PostTransferAsync(new SandboxTransferRequest(otherAccount));
        using var noAmount = await bank.PostTransferAsync(new SandboxTransferRequest(Remark: started.ProviderReference));
        using var overLimit = await bank.PostTransferAsync(new SandboxTransferRequest(Amount: 500_000_000, Remark: started.ProviderReference));

        Assert.Equal("qr_invalid", await CodeOf(badCrc, HttpStatusCode.BadRequest));
        Assert.Equal("account_unknown", await CodeOf(unknownAccount, HttpStatusCode.BadRequest));
        Assert.Equal("amount_invalid", await CodeOf(noAmount, HttpStatusCode.BadRequest));
        Assert.Equal("amount_invalid", await CodeOf(overLimit, HttpStatusCode.BadRequest));
        Assert.Empty(fixture.Merchant.BankNotificationsWith(started.ProviderReference));
    }

    [Theory]
    [InlineData("lower")]
    [InlineData("spaced")]
    [InlineData("extra words")]
    [InlineData("diacritics")]
    public async Task A_reference_typed_in_lower_case_with_spaces_or_among_other_words_still_matches(string variant)
    {
        var started = await bank.StartAsync();
        var reference = started.ProviderReference;
        var spaced = string.Join(' ', reference.Chunk(4).Select(c => new string(c)));
        var remark = variant switch
        {
            "lower" => reference.ToLowerInvariant(),
            "spaced" => spaced,
            "extra words" => "Nop le phi ho so 000.00.30.H26-250314-000123 ma " + reference + " NGUYEN VAN A",
            _ => "Nộp lệ phí " + spaced.ToLowerInvariant() + " hồ sơ số 123",
        };

        var notification = await bank.PayAsync(125_000, remark);

        Assert.Equal(reference, notification.ProviderReference);
        Assert.EndsWith("." + remark, notification.BankCredit!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remark_without_one_reference_is_still_an_authentic_credit_recorded_unmatched()
    {
        var first = await bank.StartAsync();
        var second = await bank.StartAsync();

        var none = await bank.PayAsync(125_000, "Chuyen tien le phi " + Guid.NewGuid().ToString("N"));
        var two = await bank.PayAsync(125_000, first.ProviderReference + " " + second.ProviderReference);

        Assert.Equal(string.Empty, none.ProviderReference);
        Assert.Equal(string.Empty, two.ProviderReference);
        Assert.Equal(BankCreditExceptionReason.UnmatchedCredit, BankCreditMatcher.Match(none.BankCredit!, TransferReference.FindIn(none.BankCredit!.Description), null).ExceptionReason);
        Assert.Equal(BankCreditExceptionReason.AmbiguousReference, BankCreditMatcher.Match(two.BankCredit!, TransferReference.FindIn(two.BankCredit!.Description), null).ExceptionReason);
    }

    [Fact]
    public async Task An_underpayment_leaves_the_rest_to_pay_and_a_top_up_with_the_same_reference_completes_it()
    {
        var started = await bank.StartAsync(125_000);

        var part = await bank.PayAsync(100_000, started.ProviderReference);
        var afterPart = BankCreditMatcher.Match(part.BankCredit!, [part.ProviderReference], BankSandboxClient.Known(started.ProviderReference, 125_000));
        var rest = await bank.PayAsync(25_000, started.ProviderReference);
        var afterRest = BankCreditMatcher.Match(rest.BankCredit!, [rest.ProviderReference], BankSandboxClient.Known(started.ProviderReference, 125_000, receivedSoFar: 100_000));

        Assert.Equal(100_000, part.Amount);
        Assert.Equal(BankIntentStatus.Processing, afterPart.IntentStatusAfter);
        Assert.Equal(25_000, afterPart.Remaining);
        Assert.Equal(BankCreditExceptionReason.None, afterPart.ExceptionReason);
        Assert.Equal(BankIntentStatus.Succeeded, afterRest.IntentStatusAfter);
        Assert.Equal(125_000, afterRest.ReceivedTotal);
        Assert.NotEqual(part.ProviderTransactionId, rest.ProviderTransactionId);
    }

    [Fact]
    public async Task An_overpayment_succeeds_and_the_excess_is_to_be_refunded()
    {
        var started = await bank.StartAsync(125_000);

        var paid = await bank.PayAsync(150_000, started.ProviderReference);
        var match = BankCreditMatcher.Match(paid.BankCredit!, [paid.ProviderReference], BankSandboxClient.Known(started.ProviderReference, 125_000));

        Assert.Equal(150_000, paid.Amount);
        Assert.Equal(BankIntentStatus.Succeeded, match.IntentStatusAfter);
        Assert.Equal(BankCreditExceptionReason.Overpayment, match.ExceptionReason);
        Assert.Equal("amount_mismatch", match.ReconciliationCategory);
        Assert.Equal(25_000, match.RefundAmount);
    }

    [Fact]
    public async Task A_forged_a_tampered_or_a_late_replayed_notification_is_rejected_and_a_timely_replay_is_a_duplicate()
    {
        var started = await bank.StartAsync(125_000);
        var transfer = await bank.TransferAsync(new SandboxTransferRequest(started.QrPayload));
        var genuine = (await bank.NotificationsAsync(transfer.TransactionId))[0];
        var verified = (await bank.VerifyAsync(genuine)).Notification!.BankCredit!;

        var tamperedBody = JsonNode.Parse(genuine.Body)!;
        tamperedBody["amount"] = 12_500;
        var tampered = await bank.VerifyAsync((tamperedBody.ToJsonString(), genuine.Signature));
        var forgedHeader = BankNotificationSignature.CreateHeader(BankSandboxClient.Now.ToUnixTimeSeconds(), System.Text.Encoding.UTF8.GetBytes(genuine.Body), ["TESTONLY-not-the-connector-secret-0000000"]);
        var forged = await bank.VerifyAsync((genuine.Body, forgedHeader));
        Assert.True(BankNotificationSignature.TryParseHeader(genuine.Signature, out var signedAt, out _));
        var later = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(signedAt + 301));
        var replayedLate = await BankSandboxClient.AdapterAt(later).VerifyCallbackAsync(BankSandboxClient.Callback(genuine), CancellationToken.None);
        var replayed = await bank.VerifyAsync(genuine);

        Assert.Equal("signature_invalid", tampered.RejectionReason);
        Assert.Equal("signature_invalid", forged.RejectionReason);
        Assert.Equal("timestamp_out_of_window", replayedLate.RejectionReason);
        Assert.True(replayed.IsVerified);
        var recorded = new BankRecordedCredit(verified.AccountNumber, verified.Amount, verified.CreditTime);
        Assert.Equal(BankNotificationAnswer.Duplicate, recorded.CompareWith(replayed.Notification.BankCredit!));
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]?.GetValue<string>();
    }
}
