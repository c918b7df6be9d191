using System.Text.Json.Nodes;
using PayGov.Reconciliation.Running;

namespace PayGov.Reconciliation.Tests;

public class WorkedExampleTests
{
    private static readonly JsonNode Expected = JsonNode.Parse(File.ReadAllText(Path.Combine(SharedSpec.DayOne, "expected.json")))!;

    [Fact]
    public async Task Day_one_report_equals_expected_json()
    {
        var actual = await RunDayOneAsync();

        JsonDiff.AssertEqual(Expected["days"], actual["days"], "$.days");
    }

    [Fact]
    public async Task Day_one_exceptions_equal_expected_json_with_every_expected_detail()
    {
        var actual = await RunDayOneAsync();

        var expected = Expected["exceptions"]!.AsArray();
        var raised = actual["exceptions"]!.AsArray();
        var differences = new List<string>();
        if (expected.Count != raised.Count)
        {
            differences.Add($"{raised.Count} exceptions, expected {expected.Count}: {string.Join(", ", raised.Select(r => $"{r!["type"]}/{r["source"]}/{r["ref"]}"))}");
        }

        for (var i = 0; i < Math.Min(expected.Count, raised.Count); i++)
        {
            var e = expected[i]!.AsObject();
            var a = raised[i]!.AsObject();
            foreach (var field in new[] { "type", "source", "business_day", "ref", "reason", "expected_amount", "observed_amount" })
            {
                differences.AddRange(JsonDiff.Compare(e[field], a[field], $"$.exceptions[{i}].{field}"));
            }

            // details are free-form by the specification: every reference the answer key lists must be there;
            // the prose "note" is for people.
            foreach (var (key, value) in e["details"]!.AsObject().Where(d => d.Key != "note"))
            {
                differences.AddRange(JsonDiff.Compare(value, a["details"]?[key], $"$.exceptions[{i}].details.{key}"));
            }
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task Day_one_keeps_the_late_window_payment_awaiting()
    {
        var actual = await RunDayOneAsync();

        var awaiting = actual["awaiting_settlement"]!.AsArray();
        var item = Assert.Single(awaiting);
        var expected = Expected["awaiting_settlement"]![0]!;
        foreach (var field in new[] { "business_day", "source", "ref", "amount" })
        {
            JsonDiff.AssertEqual(expected[field], item![field], field);
        }

        JsonDiff.AssertEqual(expected["details"]!["paid_at"], item!["details"]!["paid_at"], "paid_at");
    }

    [Fact]
    public async Task Running_the_same_inputs_twice_gives_the_same_bytes()
    {
        var first = await RunBytesAsync();
        var second = await RunBytesAsync();

        Assert.Equal(first, second);
    }

    private static async Task<JsonNode> RunDayOneAsync() => JsonNode.Parse(await RunBytesAsync())!;

    private static async Task<byte[]> RunBytesAsync()
    {
        using var output = new MemoryStream();
        await ReconciliationFileRunner.RunAsync([SharedSpec.DayOne], output, CancellationToken.None);
        return output.ToArray();
    }
}
