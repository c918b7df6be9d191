using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Tests.BankTransfer;

/// <summary>The bank-transfer adapter: its VietQR, the notification checks of bank-notification.md §2.3 steps 1–6 on every vector, and what it honestly cannot do.</summary>
public class BankTransferPaymentProviderTests
{
    private const string ConnectorId = "vcb-test";

    private static readonly VectorFile Vectors = VectorFile.Load("bank-notification.json");
    private static readonly JsonNode ExactPayment = Vectors.Case("exact_payment")["inputs"]!;
    private static readonly string Secret = ExactPayment.Str("secret");
    private static readonly string[] Accounts = [.. ExactPayment["collection_accounts"]!.AsArray().Select(a => a!.GetValue<string>())];

    public static TheoryData<string> Cases => Vectors.NamesFor("receive_credit_notification");

    private static BankTransferOptions Options(long maxAmount = BankTransferOptions.NapasMaxAmount, string? secret = null)
    {
        var options = new BankTransferOptions
        {
            BankBin = "970436",
            BankName = "Vietcombank",
            AccountNumber = Accounts[0],
            AccountName = "PAYGOV THU PHI LE PHI",
            ConnectorId = ConnectorId,
            MaxAmount = maxAmount,
        };
        foreach (var other in Accounts.Skip(1))
        {
            options.OtherAccountNumbers.Add(other);
        }

        options.NotificationSecrets.Add(secret ?? Secret);
        return options;
    }

    private static BankTransferPaymentProvider Adapter(TimeProvider? time = null, BankTransferOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? Options()), time ?? new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(ExactPayment["now_unix"]!.GetValue<long>())));

    private static StartPaymentRequest Attempt(long amount = 125_000, PaymentMethod method = PaymentMethod.BankTransfer)
    {
        var now = new DateTimeOffset(2025, 3, 14, 2, 26, 53, TimeSpan.Zero);
        return new("pa_test", "pi_test", MerchantReference.Create(now), amount, "Lệ phí hộ tịch", method, "https://paygov.test/pay/return", null, now, now.AddMinutes(30));
    }

    private static ProviderCallbackRequest Callback(string body, string? header, string? connectorId = ConnectorId, string headerName = BankNotificationSignature.HeaderName)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (header is not null)
        {
            headers[headerName] = header;
        }

        return new ProviderCallbackRequest(null, Encoding.UTF8.GetBytes(body), headers, connectorId);
    }

    private static ProviderCallbackRequest Signed(string body, DateTimeOffset signedAt) =>
        Callback(body, BankNotificationSignature.CreateHeader(signedAt.ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body), [Secret]));

    private static string BodyWithDescription(string description)
    {
        var body = JsonNode.Parse(ExactPayment.Str("raw_body"))!;
        body["description"] = description;
        return body.ToJsonString();
    }

    private static VietQrDataObject Tag(IEnumerable<VietQrDataObject> objects, string id) => objects.Single(o => o.Id == id);

    [Fact]
    public async Task Start_returns_a_dynamic_VietQR_to_the_collection_account_with_the_amount_and_the_reference_alone_in_62_08()
    {
        var started = await Adapter().StartAsync(Attempt(), CancellationToken.None);

        var parsed = VietQrPayload.Parse(started.QrPayload!);
        Assert.Equal(VietQrVerdict.Valid, parsed.Verdict);
        Assert.Equal(started.QrPayload, parsed.CanonicalPayload);
        Assert.True(TransferReference.IsValid(started.ProviderReference));
        Assert.Null(started.RedirectUrl);
        Assert.Null(started.Deeplink);
        Assert.Equal("12", Tag(parsed.DataObjects, "01").Value);
        var merchant = Tag(parsed.DataObjects, "38");
        Assert.Equal(VietQrPayload.NapasGuid, Tag(merchant.Children, "00").Value);
        Assert.Equal("970436", Tag(Tag(merchant.Children, "01").Children, "00").Value);
        Assert.Equal(Accounts[0], Tag(Tag(merchant.Children, "01").Children, "01").Value);
        Assert.Equal("QRIBFTTA", Tag(merchant.Children, "02").Value);
        Assert.Equal("704", Tag(parsed.DataObjects, "53").Value);
        Assert.Equal("125000", Tag(parsed.DataObjects, "54").Value);
        Assert.Equal("VN", Tag(parsed.DataObjects, "58").Value);
        Assert.Equal(started.ProviderReference, Assert.Single(Tag(parsed.DataObjects, "62").Children).Value);
        Assert.DoesNotContain(parsed.DataObjects, o => o.Id is "59" or "60");
    }

    [Fact]
    public async Task Every_start_gets_a_new_reference()
    {
        var adapter = Adapter();

        var first = await adapter.StartAsync(Attempt(), CancellationToken.None);
        var second = await adapter.StartAsync(Attempt(), CancellationToken.None);

        Assert.NotEqual(first.ProviderReference, second.ProviderReference);
        Assert.NotEqual(first.QrPayload, second.QrPayload);
    }

    [Fact]
    public async Task Start_refuses_another_method_and_an_amount_outside_the_limits()
    {
        var adapter = Adapter(options: Options(maxAmount: 100_000));

        await Assert.ThrowsAsync<ArgumentException>(() => adapter.StartAsync(Attempt(method: PaymentMethod.Wallet), CancellationToken.None));
        var error = await Assert.ThrowsAsync<ProviderException>(() => adapter.StartAsync(Attempt(amount: 100_001), CancellationToken.None));

        Assert.Equal(ProviderApplied.No, error.Applied);
        Assert.Equal(VietQrPayload.AmountOutOfRange, error.ProviderCode);
        Assert.Equal(new ProviderLimits(1, 100_000), adapter.Limits);
        Assert.Equal([PaymentMethod.BankTransfer], adapter.Methods);
    }

    /// <summary>
    /// Every vector through the adapter: what steps 1–6 refuse comes back as the vector's problem code; everything
    /// else is an authentic credit (replays and conflicts are step 7, the gateway's) with the vector's reference.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Verifies_each_vector_notification_as_steps_1_to_6_decide(string name)
    {
        var inputs = Vectors.Case(name)["inputs"]!;
        var expected = Vectors.Case(name)["expected"]!;
        var body = inputs.Str("raw_body");
        var header = inputs["headers"]!.Str(BankNotificationSignature.HeaderName);

        var now = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(inputs["now_unix"]!.GetValue<long>()));
        Assert.Equal(Accounts, inputs["collection_accounts"]!.AsArray().Select(a => a!.GetValue<string>()));

        var verification = await Adapter(now, Options(secret: inputs.Str("secret"))).VerifyCallbackAsync(Callback(body, header), CancellationToken.None);

        if (expected["problem_code"] is { } code && code.GetValue<string>() != BankNotificationAnswer.NotificationConflict.ProblemCode)
        {
            Assert.False(verification.IsVerified);
            Assert.Equal(code.GetValue<string>(), verification.RejectionReason);
            Assert.Equal(expected["http_status"]!.GetValue<int>(), BankNotificationAnswer.ForRejection(verification.RejectionReason, verification.RejectionParam).HttpStatus);
            return;
        }

        Assert.True(verification.IsVerified, verification.RejectionReason);
        var json = JsonNode.Parse(body)!;
        var references = expected["references_found"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.Equal(references.Count == 1 ? references[0] : string.Empty, verification.Notification.ProviderReference);
        Assert.Equal(json.Str("transaction_id"), verification.Notification.ProviderTransactionId);
        Assert.Equal(json["amount"]!.GetValue<long>(), verification.Notification.Amount);
        Assert.Equal(PaymentOutcome.Succeeded, verification.Notification.Outcome);
        var credit = verification.Notification.BankCredit!;
        Assert.Equal(json.Str("account_number"), credit.AccountNumber);
        Assert.Equal(DateTimeOffset.Parse(json.Str("credit_time"), CultureInfo.InvariantCulture), credit.CreditTime);
        Assert.Equal(json.Str("description"), credit.Description);
    }

    [Fact]
    public async Task The_exact_payment_vector_becomes_the_reference_transaction_and_amount_with_the_payer()
    {
        var verification = await Adapter().VerifyCallbackAsync(
            Callback(ExactPayment.Str("raw_body"), ExactPayment["headers"]!.Str(BankNotificationSignature.HeaderName)), CancellationToken.None);

        Assert.Equal(new ProviderNotification("PG7K3M9QX2ABV", "FT25073812345678", 125_000, PaymentOutcome.Succeeded), verification.Notification! with { BankCredit = null });
        Assert.Equal(new BankCounterAccount("970422", "0123456789", "NGUYEN VAN A"), verification.Notification!.BankCredit!.CounterAccount);
    }

    [Fact]
    public async Task Another_connector_or_a_missing_header_is_a_bad_signature_and_the_header_name_is_case_insensitive()
    {
        var body = ExactPayment.Str("raw_body");
        var header = ExactPayment["headers"]!.Str(BankNotificationSignature.HeaderName);
        var adapter = Adapter();

        var otherConnector = await adapter.VerifyCallbackAsync(Callback(body, header, connectorId: "acb"), CancellationToken.None);
        var noConnector = await adapter.VerifyCallbackAsync(Callback(body, header, connectorId: null), CancellationToken.None);
        var noHeader = await adapter.VerifyCallbackAsync(Callback(body, null), CancellationToken.None);
        var lowerCaseName = await adapter.VerifyCallbackAsync(Callback(body, header, headerName: "paygov-bank-signature"), CancellationToken.None);

        Assert.Equal("signature_invalid", otherConnector.RejectionReason);
        Assert.Equal("signature_invalid", noConnector.RejectionReason);
        Assert.Equal("signature_invalid", noHeader.RejectionReason);
        Assert.True(lowerCaseName.IsVerified);
    }

    [Fact]
    public async Task A_second_active_secret_verifies_during_a_rotation()
    {
        var options = Options();
        options.NotificationSecrets.Insert(0, "TESTONLY-the-next-secret-000000000000002");
        var body = ExactPayment.Str("raw_body");

        var verification = await Adapter(options: options).VerifyCallbackAsync(
            Callback(body, ExactPayment["headers"]!.Str(BankNotificationSignature.HeaderName)), CancellationToken.None);

        Assert.True(verification.IsVerified);
    }

    [Theory]
    [InlineData(300, true)]
    [InlineData(-300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public async Task A_notification_is_accepted_within_300_seconds_of_PayGovs_clock_either_way(int secondsLate, bool accepted)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 2, 31, 7, TimeSpan.Zero));
        var request = Signed(ExactPayment.Str("raw_body"), time.GetUtcNow().AddSeconds(-secondsLate));

        var verification = await Adapter(time).VerifyCallbackAsync(request, CancellationToken.None);

        Assert.Equal(accepted, verification.IsVerified);
        Assert.Equal(accepted ? null : "timestamp_out_of_window", verification.RejectionReason);
    }

    [Fact]
    public async Task An_invalid_body_names_its_field_so_the_answer_can()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 2, 31, 7, TimeSpan.Zero));
        var body = ExactPayment.Str("raw_body").Replace("\"amount\":125000", "\"amount\":\"125000\"", StringComparison.Ordinal);

        var verification = await Adapter(time).VerifyCallbackAsync(Signed(body, time.GetUtcNow()), CancellationToken.None);

        Assert.Equal("payload_invalid", verification.RejectionReason);
        Assert.Equal("amount", verification.RejectionParam);
        Assert.Equal(BankNotificationAnswer.PayloadInvalid("amount"), BankNotificationAnswer.ForRejection(verification.RejectionReason!, verification.RejectionParam));
    }

    [Theory]
    [InlineData("MBVCB.8812345678.PG7K3M9QX2ABV.Nop le phi ho so", "PG7K3M9QX2ABV")]
    [InlineData("nop le phi pg7k3m9qx2abv", "PG7K3M9QX2ABV")]
    [InlineData("Nộp lệ phí pg7k 3m9q x2abv hồ sơ số 000.00.30.H26", "PG7K3M9QX2ABV")]
    [InlineData("CT DEN:500731234567 PG7K-3M9Q-X2AB-V Nguyen Van A chuyen tien", "PG7K3M9QX2ABV")]
    [InlineData("pg0q8r5t1vzcn", "PG0Q8R5T1VZCN")]
    [InlineData("PGOQ8R5TIVZCN read-alikes typed for 0 and 1", "PG0Q8R5T1VZCN")]
    [InlineData("Nop le phi ho so", "")]
    [InlineData("PG7K3M9QX2ABW one wrong symbol", "")]
    [InlineData("PG7K3M9QX2ABV va PG0Q8R5T1VZCN", "")]
    public async Task The_reference_is_read_from_the_remark_whatever_the_case_spaces_or_extra_words(string description, string reference)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 2, 31, 7, TimeSpan.Zero));

        var verification = await Adapter(time).VerifyCallbackAsync(Signed(BodyWithDescription(description), time.GetUtcNow()), CancellationToken.None);

        Assert.True(verification.IsVerified);
        Assert.Equal(reference, verification.Notification.ProviderReference);
        Assert.Equal(description, verification.Notification.BankCredit!.Description);
    }

    [Fact]
    public async Task Query_is_always_pending_because_a_bank_has_no_lookup_and_silence_proves_nothing()
    {
        var adapter = Adapter();
        var started = await adapter.StartAsync(Attempt(), CancellationToken.None);

        var status = await adapter.QueryAsync(started.ProviderReference, CancellationToken.None);

        Assert.Equal(new ProviderPaymentStatus(PaymentOutcome.Pending, null, null), status);
        await Assert.ThrowsAsync<ArgumentException>(() => adapter.QueryAsync("PG7K3M9QX2ABW", CancellationToken.None));
    }

    [Fact]
    public async Task Refund_says_a_manual_transfer_is_required_and_claims_nothing_was_refunded()
    {
        var refund = new ProviderRefundRequest(
            MerchantReference.Create(DateTimeOffset.UnixEpoch), "PG7K3M9QX2ABV", "FT25073812345678", 25_000, 150_000, DateTimeOffset.UnixEpoch, "Nộp thừa", "accountant");

        var result = await Adapter().RefundAsync(refund, CancellationToken.None);

        Assert.Equal(new ProviderRefundResult(RefundOutcome.ManualRequired, null, null), result);
    }

    [Theory]
    [InlineData("Providers:BankTransfer:NotificationSecrets:0", "too-short-secret")]
    [InlineData("Providers:BankTransfer:MaxAmount", "500000000")]
    [InlineData("Providers:BankTransfer:BankBin", "97043")]
    [InlineData("Providers:BankTransfer:AccountNumber", "1023-456789")]
    [InlineData("Providers:BankTransfer:MinAmount", "200000")]
    public void Misconfiguration_is_refused_at_start(string key, string value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Providers:BankTransfer:BankBin"] = "970436",
            ["Providers:BankTransfer:BankName"] = "Vietcombank",
            ["Providers:BankTransfer:AccountNumber"] = "1023456789",
            ["Providers:BankTransfer:AccountName"] = "PAYGOV",
            ["Providers:BankTransfer:ConnectorId"] = ConnectorId,
            ["Providers:BankTransfer:NotificationSecrets:0"] = Secret,
            ["Providers:BankTransfer:MaxAmount"] = "100000",
        };
        using var valid = Provider(settings);
        settings[key] = value;
        using var invalid = Provider(settings);

        Assert.Equal(ProviderId.BankTransfer, valid.GetRequiredService<BankTransferPaymentProvider>().ProviderId);
        Assert.Throws<OptionsValidationException>(() => invalid.GetRequiredService<IOptions<BankTransferOptions>>().Value);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddBankTransfer();
        return services.BuildServiceProvider();
    }
}
