using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using PayGov.Client.Events;
using PayGov.Client.PaymentIntents;
using PayGov.Client.Webhooks;

namespace PayGov.Client.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private const string SecretA = "whsec_paygov_test_2026_a";
    private const string SecretB = "whsec_paygov_test_2026_b";

    // 2026-03-14T02:00:00Z
    private const long SignedAt = 1773453600;

    private const string Payload = """{"id":"evt_0195d2a1b2c3","object":"event","type":"payment_intent.succeeded","livemode":false,"created_at":"2026-03-14T02:00:00.000Z","data":{"object":{"id":"pi_0195d2a1b2c3","object":"payment_intent","portal_id":"dvc-hanoi","livemode":false,"reference":"000.00.30.H26-250314-000123","description":"Lệ phí cấp phiếu lý lịch tư pháp","amount":150000,"currency":"VND","fee_items":[{"code":"LP.LLTP","name":"Lệ phí cấp phiếu lý lịch tư pháp","amount":150000,"budget":{"treasury_code":"0011","budget_chapter":"426","budget_sub_item":"2764","revenue_agency":"1101001","area_code":"00004"}}],"payer":null,"return_url":"http://localhost:3000/dossiers/123","metadata":{},"status":"succeeded","amount_refunded":0,"provider":"vnpay","method":"card","client_secret":"cs_x","checkout_url":"http://localhost:5080/pay/pi_0195d2a1b2c3?cs=cs_x","created_at":"2026-03-14T01:55:00.000Z","expires_at":"2026-03-15T01:55:00.000Z","succeeded_at":"2026-03-14T02:00:00.000Z","canceled_at":null,"cancellation_reason":null,"sequence":3},"sequence":3}}""";

    // Produced independently of this library, with the payload above saved as payload.json (one line, no newline):
    //   P=$(tr -d '\n' < payload.json); printf '%s' "1773453600.$P" | openssl dgst -sha256 -hmac "whsec_paygov_test_2026_a"
    //   P=$(tr -d '\n' < payload.json); printf '%s' "1773453600.$P" | openssl dgst -sha256 -hmac "whsec_paygov_test_2026_b"
    private const string SignatureA = "88660f0e910d0f8d23fdc41e4cd377c14cfe8f2e4592c3f04645e9fdb52e4eef";
    private const string SignatureB = "e5aa562c91225b0f50e1af61f3b91a8e7ffa71e729d8bba74193f927434eed1c";

    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_signature_made_with_the_secret_is_accepted()
    {
        WebhookSignature.Verify(Payload, $"t={SignedAt},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt + 10));
    }

    [Fact]
    public void The_openssl_vector_matches_an_HMACSHA256_computed_here()
    {
        var computed = HMACSHA256.HashData(Encoding.UTF8.GetBytes(SecretA), Encoding.UTF8.GetBytes($"{SignedAt}.{Payload}"));

        Assert.Equal(SignatureA, Convert.ToHexStringLower(computed));
    }

    [Fact]
    public void During_rotation_a_signature_made_with_the_second_secret_is_accepted()
    {
        WebhookSignature.Verify(Payload, $"t={SignedAt},v1={SignatureB}", [SecretA, SecretB], Tolerance, At(SignedAt));
    }

    [Fact]
    public void During_rotation_a_header_with_two_signatures_is_accepted_when_the_second_matches()
    {
        var header = $"t={SignedAt},v1={Sign("whsec_retired_secret", SignedAt, Payload)},v1={SignatureB}";

        WebhookSignature.Verify(Payload, header, [SecretB], Tolerance, At(SignedAt));
    }

    [Fact]
    public void Spaces_after_the_commas_are_tolerated()
    {
        WebhookSignature.Verify(Payload, $"t={SignedAt}, v1={SignatureA}", [SecretA], Tolerance, At(SignedAt));
    }

    [Fact]
    public void A_signature_exactly_at_the_tolerance_is_accepted()
    {
        WebhookSignature.Verify(Payload, $"t={SignedAt},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt + 300));
    }

    [Fact]
    public void A_genuine_signature_older_than_the_tolerance_is_rejected_as_too_old()
    {
        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.Verify(Payload, $"t={SignedAt},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt + 301)));

        Assert.Equal(WebhookSignatureFailure.TimestampTooOld, failure.Reason);
    }

    [Fact]
    public void A_genuine_signature_dated_beyond_the_tolerance_ahead_is_rejected_as_in_the_future()
    {
        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.Verify(Payload, $"t={SignedAt},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt - 301)));

        Assert.Equal(WebhookSignatureFailure.TimestampInFuture, failure.Reason);
    }

    [Fact]
    public void A_tampered_body_is_rejected_as_a_mismatch()
    {
        var tampered = Payload.Replace("\"amount\":150000,\"currency\"", "\"amount\":15000,\"currency\"", StringComparison.Ordinal);

        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.Verify(tampered, $"t={SignedAt},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt)));

        Assert.NotEqual(Payload, tampered);
        Assert.Equal(WebhookSignatureFailure.SignatureMismatch, failure.Reason);
    }

    [Fact]
    public void A_changed_timestamp_is_rejected_as_a_mismatch()
    {
        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.Verify(Payload, $"t={SignedAt + 1},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt)));

        Assert.Equal(WebhookSignatureFailure.SignatureMismatch, failure.Reason);
    }

    [Fact]
    public void A_signature_made_with_another_secret_is_rejected_as_a_mismatch()
    {
        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.Verify(Payload, $"t={SignedAt},v1={SignatureB}", [SecretA], Tolerance, At(SignedAt)));

        Assert.Equal(WebhookSignatureFailure.SignatureMismatch, failure.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("t=,v1=" + SignatureA)]
    [InlineData("t=-5,v1=" + SignatureA)]
    [InlineData("t=1773453600.5,v1=" + SignatureA)]
    [InlineData("v1=" + SignatureA)]
    [InlineData("t=1773453600,t=1773453600,v1=" + SignatureA)]
    [InlineData("t=1773453600,v1=not-hex")]
    [InlineData("t=1773453600,v1=88660f0e")]
    [InlineData("t=1773453600,=x,v1=" + SignatureA)]
    public void A_malformed_header_is_rejected_as_malformed(string header)
    {
        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.Verify(Payload, header, [SecretA], Tolerance, At(SignedAt)));

        Assert.Equal(WebhookSignatureFailure.MalformedHeader, failure.Reason);
    }

    [Theory]
    [InlineData("t=1773453600")]
    [InlineData("t=1773453600,v0=" + SignatureA)]
    public void A_header_without_v1_is_rejected_as_missing_the_signature(string header)
    {
        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.Verify(Payload, header, [SecretA], Tolerance, At(SignedAt)));

        Assert.Equal(WebhookSignatureFailure.MissingSignature, failure.Reason);
    }

    [Fact]
    public void No_secrets_is_a_caller_error()
    {
        Assert.Throws<ArgumentException>(() =>
            WebhookSignature.Verify(Payload, $"t={SignedAt},v1={SignatureA}", [], Tolerance, At(SignedAt)));
    }

    [Fact]
    public void ConstructEvent_verifies_then_reads_the_event_and_its_payment_intent()
    {
        var received = WebhookSignature.ConstructEvent(Payload, $"t={SignedAt},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt));

        Assert.Equal("evt_0195d2a1b2c3", received.Id);
        Assert.Equal(EventTypes.PaymentIntentSucceeded, received.Type);
        Assert.Equal(3, received.Data.Sequence);
        Assert.Null(received.LastResponse);
        var intent = received.Data.ToPaymentIntent();
        Assert.Equal(PaymentIntentStatus.Succeeded, intent.Status);
        Assert.Equal(150_000L, intent.Amount);
        Assert.Equal("Lệ phí cấp phiếu lý lịch tư pháp", intent.FeeItems[0].Name);
    }

    [Fact]
    public void ConstructEvent_refuses_a_tampered_body_before_reading_it()
    {
        var failure = Assert.Throws<WebhookSignatureException>(() =>
            WebhookSignature.ConstructEvent("{}", $"t={SignedAt},v1={SignatureA}", [SecretA], Tolerance, At(SignedAt)));

        Assert.Equal(WebhookSignatureFailure.SignatureMismatch, failure.Reason);
    }

    [Fact]
    public void ConstructEvent_reads_an_intent_with_a_status_this_version_does_not_know_as_unknown()
    {
        var payload = Payload.Replace("\"status\":\"succeeded\"", "\"status\":\"partially_refunded\"", StringComparison.Ordinal);

        var received = WebhookSignature.ConstructEvent(payload, $"t={SignedAt},v1={Sign(SecretA, SignedAt, payload)}", [SecretA], Tolerance, At(SignedAt));

        Assert.Equal(PaymentIntentStatus.Unknown, received.Data.ToPaymentIntent().Status);
    }

    private static FakeTimeProvider At(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    private static string Sign(string secret, long timestamp, string payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + "." + payload)));
}
