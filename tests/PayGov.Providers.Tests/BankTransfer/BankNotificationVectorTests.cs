using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Tests.BankTransfer;

public class BankNotificationVectorTests
{
    public static readonly string[] Operations = ["receive_credit_notification"];

    private static readonly VectorFile File = VectorFile.Load("bank-notification.json");

    public static TheoryData<string> Cases => File.NamesFor("receive_credit_notification");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Receive_credit_notification(string name)
    {
        var c = File.Case(name);
        var inputs = c["inputs"]!;
        var expected = c["expected"]!;
        var body = Encoding.UTF8.GetBytes(inputs.Str("raw_body"));
        var header = inputs["headers"]!.Str(BankNotificationSignature.HeaderName);
        var secret = inputs.Str("secret");
        var now = DateTimeOffset.FromUnixTimeSeconds(inputs["now_unix"]!.GetValue<long>());
        var accounts = inputs["collection_accounts"]!.AsArray().Select(a => a!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Assert.True(BankNotificationSignature.TryParseHeader(header, out var t, out _));

        // Intermediate string, then signature, then each verdict on its own.
        Assert.Equal(expected.Str("string_to_sign"), Encoding.UTF8.GetString(BankNotificationSignature.StringToSign(t, body)));
        Assert.Equal(expected.Str("computed_v1"), BankNotificationSignature.Sign(t, body, secret));
        var verdict = BankNotificationSignature.Verify(header, body, [secret], now, BankNotificationSignature.DefaultTolerance);
        Assert.Equal(expected["signature_valid"]!.GetValue<bool>(), verdict != BankSignatureVerdict.SignatureInvalid);
        Assert.Equal(expected["timestamp_fresh"]!.GetValue<bool>(), BankNotificationSignature.IsFresh(t, now, BankNotificationSignature.DefaultTolerance));
        var description = JsonNode.Parse(inputs.Str("raw_body"))!.Str("description");
        var references = TransferReference.FindIn(description);
        Assert.Equal(expected["references_found"]!.AsArray().Select(r => r!.GetValue<string>()), references);

        var (answer, match) = Process(inputs, body, header, secret, now, accounts, references);

        Assert.Equal(expected["http_status"]!.GetValue<int>(), answer.HttpStatus);
        if (expected["problem_code"] is { } problemCode)
        {
            Assert.Equal(problemCode.GetValue<string>(), answer.ProblemCode);
            Assert.Null(answer.Result);
        }
        else
        {
            Assert.Null(answer.ProblemCode);
            Assert.True(JsonNode.DeepEquals(expected["response_body"], JsonNode.Parse(answer.ToJson())), answer.ToJson());
        }

        if (expected["processing"] is { } processing)
        {
            Assert.NotNull(match);
            var unchanged = inputs["attempt"]!.Str("intent_status");
            var actual = ToJson(match, unchanged);
            Assert.True(JsonNode.DeepEquals(processing, actual), actual.ToJsonString());
        }
        else
        {
            Assert.Null(match);
        }
    }

    [Fact]
    public void Reference_examples_have_their_check_symbols()
    {
        foreach (var example in File.Root["reference_examples"]!.AsArray().Select(e => e!))
        {
            Assert.Equal(example.Str("reference"), TransferReference.FromBody(example.Str("body")));
        }
    }

    /// <summary>Plays the gateway: read (steps 1–6), de-duplicate against what is recorded (7), then match (8).</summary>
    private static (BankNotificationAnswer Answer, BankCreditMatch? Match) Process(
        JsonNode inputs, byte[] body, string header, string secret, DateTimeOffset now, IReadOnlySet<string> accounts, IReadOnlyList<string> references)
    {
        var read = BankNotificationReader.Read(header, body, [secret], now, accounts);
        if (!read.IsAccepted)
        {
            return (read.Rejection, null);
        }

        var notification = read.Notification;
        if (inputs["already_recorded"]![notification.TransactionId] is { } recorded)
        {
            var stored = new BankRecordedCredit(recorded.Str("account_number"), recorded["amount"]!.GetValue<long>(), Time(recorded.Str("credit_time")));
            return (stored.CompareWith(notification), null);
        }

        var a = inputs["attempt"]!;
        var attempt = new BankTransferAttempt(
            a.Str("reference"),
            a.Str("account_number"),
            a["expected_amount"]!.GetValue<long>(),
            a["received_so_far"]!.GetValue<long>(),
            Enum.Parse<BankIntentStatus>(a.Str("intent_status"), ignoreCase: true),
            Time(a.Str("expires_at")));

        // The gateway looks up the attempt only when exactly one reference was found.
        var found = references.Count == 1 && references[0] == attempt.Reference ? attempt : null;
        return (BankNotificationAnswer.Accepted, BankCreditMatcher.Match(notification, references, found));
    }

    private static JsonObject ToJson(BankCreditMatch match, string unchangedStatus)
    {
        var json = new JsonObject
        {
            ["result"] = "accepted",
            ["matched_reference"] = match.MatchedReference,
            ["exception"] = match.ExceptionReason == BankCreditExceptionReason.None ? null : Snake(match.ExceptionReason.ToString()),
        };
        if (match.ReceivedTotal is { } received)
        {
            json["received_total"] = received;
        }

        if (match.Remaining is { } remaining)
        {
            json["remaining"] = remaining;
        }

        if (match.RefundAmount is { } refund)
        {
            json["refund_amount"] = refund;
        }

        // Null means no attempt was concerned: the intent is unchanged.
        json["intent_status_after"] = match.IntentStatusAfter is { } after ? Snake(after.ToString()) : unchangedStatus;
        return json;
    }

    private static string Snake(string pascal) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(pascal);

    private static DateTimeOffset Time(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
