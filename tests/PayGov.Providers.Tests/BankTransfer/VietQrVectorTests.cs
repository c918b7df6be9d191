using System.Text;
using System.Text.Json.Nodes;
using PayGov.Providers.BankTransfer;

namespace PayGov.Providers.Tests.BankTransfer;

public class VietQrVectorTests
{
    public static readonly string[] Operations = ["build_vietqr", "parse_vietqr", "crc16_ccitt_false", "sanitize_purpose", "make_reference"];

    private static readonly VectorFile File = VectorFile.Load("vietqr.json");

    public static TheoryData<string> BuildCases => File.NamesFor("build_vietqr");

    public static TheoryData<string> ParseCases => File.NamesFor("parse_vietqr");

    public static TheoryData<string> CrcCases => File.NamesFor("crc16_ccitt_false");

    public static TheoryData<string> SanitizeCases => File.NamesFor("sanitize_purpose");

    public static TheoryData<string> ReferenceCases => File.NamesFor("make_reference");

    [Theory]
    [MemberData(nameof(BuildCases))]
    public void Build(string name)
    {
        var (inputs, expected) = Load(name);
        var request = new VietQrRequest(
            inputs.Str("bin_code"),
            inputs.Str("account"),
            inputs["amount"]?.GetValue<long>(),
            inputs["purpose"]?.GetValue<string>(),
            inputs["bill"]?.GetValue<string>(),
            inputs["name"]?.GetValue<string>(),
            inputs["city"]?.GetValue<string>(),
            inputs["service"]?.GetValue<string>() ?? "QRIBFTTA",
            inputs["dynamic"]?.GetValue<bool>());

        var result = VietQrPayload.Build(request);

        if (expected["error"] is { } error)
        {
            Assert.False(result.IsSuccess);
            Assert.Equal(error.GetValue<string>(), result.Error);
            return;
        }

        Assert.True(result.IsSuccess, result.Error);
        var payload = expected.Str("payload");
        Assert.Equal(payload[..^4], result.Payload[..^4]);
        Assert.Equal(expected.Str("crc"), VietQrCrc.Hex(payload[..^4]));
        Assert.Equal(payload, result.Payload);
        if (expected["published_crc_matches"] is { } published)
        {
            Assert.True(published.GetValue<bool>());
        }

        if (expected["reference"] is { } reference)
        {
            Assert.Equal(reference.GetValue<string>(), request.Purpose);
            Assert.True(TransferReference.IsValid(request.Purpose));
        }
    }

    [Theory]
    [MemberData(nameof(ParseCases))]
    public void Parse(string name)
    {
        var (inputs, expected) = Load(name);

        var result = VietQrPayload.Parse(inputs.Str("payload"));

        Assert.Equal(expected.Str("verdict"), WireName(result.Verdict));
        if (expected["parsed"] is { } parsed)
        {
            Assert.True(JsonNode.DeepEquals(parsed, ToJson(result.DataObjects)), ToJson(result.DataObjects).ToJsonString());
        }

        if (expected["canonical_payload"] is { } canonical)
        {
            Assert.Equal(canonical.GetValue<string>(), result.CanonicalPayload);
        }
    }

    [Theory]
    [MemberData(nameof(CrcCases))]
    public void Crc_check_value(string name)
    {
        var (inputs, expected) = Load(name);

        var crc = VietQrCrc.Compute(Encoding.ASCII.GetBytes(inputs.Str("ascii")));

        Assert.Equal(expected.Str("crc"), crc.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(SanitizeCases))]
    public void Purpose_is_transliterated(string name)
    {
        var (inputs, expected) = Load(name);

        Assert.Equal(expected.Str("ascii"), VietQrPayload.SanitizeText(inputs.Str("text")));
    }

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Reference_check_character(string name)
    {
        var (inputs, expected) = Load(name);

        var reference = TransferReference.FromBody(inputs.Str("body"));

        Assert.Equal(expected.Str("reference"), reference);
        Assert.True(TransferReference.IsValid(reference));
    }

    private static JsonObject ToJson(IReadOnlyList<VietQrDataObject> objects)
    {
        var json = new JsonObject();
        foreach (var o in objects)
        {
            json[o.Id] = o.Children.Count > 0 ? ToJson(o.Children) : JsonValue.Create(o.Value);
        }

        return json;
    }

    private static string WireName(VietQrVerdict verdict) => verdict switch
    {
        VietQrVerdict.Valid => "valid",
        VietQrVerdict.MissingCrc => "missing_crc",
        VietQrVerdict.CrcMismatch => "crc_mismatch",
        VietQrVerdict.Malformed => "malformed",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    private static (JsonNode Inputs, JsonNode Expected) Load(string name)
    {
        var c = File.Case(name);
        return (c["inputs"]!, c["expected"]!);
    }
}
