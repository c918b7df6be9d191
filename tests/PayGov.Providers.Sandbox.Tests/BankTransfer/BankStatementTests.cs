using System.Net;
using System.Text.Json.Nodes;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.Sandbox.BankTransfer;
using PayGov.Reconciliation.Model;

namespace PayGov.Providers.Sandbox.Tests.BankTransfer;

/// <summary>The sandbox bank's daily statement of the collection account, read by the reconciliation engine's own readers.</summary>
[Collection(SandboxCollection.Name)]
public sealed class BankStatementTests(SandboxFixture fixture)
{
    private readonly BankSandboxClient bank = new(fixture);

    public static TheoryData<string, string> Formats => new() { { "mt940", "mt940" }, { "camt053", "camt.053.001.08" } };

    private static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(7)).DateTime);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task The_days_credits_are_on_the_statement_and_it_reads_with_balances_that_add_up(string format, string readerFormat)
    {
        var paid = await bank.StartAsync(125_000);
        var viaQr = await bank.TransferAsync(new SandboxTransferRequest(paid.QrPayload));
        var longRemark = "Nộp lệ phí cấp phiếu lý lịch tư pháp cho hồ sơ số 000.00.30.H26-250314-000123 của công dân Nguyễn Văn An, mã " + paid.ProviderReference.ToLowerInvariant();
        var typed = await bank.TransferAsync(new SandboxTransferRequest(Amount: 200_000, Remark: longRemark, FromAccount: new("970415", "1010101010", "TRẦN THỊ BÌNH")));
        var day = DayOf(viaQr.CreditTime);

        var (reader, entries) = await bank.ReadStatementAsync(day, format, readerFormat);

        var qrEntry = Assert.Single(entries, e => e.BankReference == viaQr.TransactionId);
        var typedEntry = Assert.Single(entries, e => e.BankReference == typed.TransactionId);
        Assert.Equal((EntryDirection.Credit, 125_000L, day), (qrEntry.Direction, qrEntry.Amount, qrEntry.ValueDate));
        Assert.Equal((EntryDirection.Credit, 200_000L), (typedEntry.Direction, typedEntry.Amount));
        Assert.Equal([paid.ProviderReference], TransferReference.FindIn(qrEntry.Remark));
        Assert.Equal([paid.ProviderReference], TransferReference.FindIn(typedEntry.Remark));
        Assert.Equal(reader.Closing - reader.Opening, entries.Sum(e => e.Direction == EntryDirection.Credit ? e.Amount : -e.Amount));
        Assert.Equal(fixture.BankLedger.StatementOf(day, SandboxFixture.BankAccount).Entries.Select(e => e.TransactionId), entries.Select(e => e.BankReference));
        var (previous, _) = await bank.ReadStatementAsync(day.AddDays(-1), format, readerFormat);
        Assert.Equal(previous.Closing, reader.Opening);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Other_bookings_such_as_a_providers_payout_appear_on_the_statement_through_the_ledger(string format, string readerFormat)
    {
        var now = BankSandboxClient.Now;
        var bookedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var payout = new SandboxBankEntry(
            fixture.BankLedger.NextTransactionId(bookedAt), bookedAt, 74_593_271, IsCredit: true, "MoMo thanh toán đợt MM20250313001", "MM20250313001", new BankCounterAccount(null, "0531002468013", "CONG TY CP DICH VU DI DONG TRUC TUYEN"));
        var charge = new SandboxBankEntry(fixture.BankLedger.NextTransactionId(bookedAt), bookedAt, 11_000, IsCredit: false, "PHI QUAN LY TAI KHOAN", null, null);
        fixture.BankLedger.Book(payout);
        fixture.BankLedger.Book(charge);

        var (reader, entries) = await bank.ReadStatementAsync(DayOf(bookedAt), format, readerFormat);

        var payoutEntry = Assert.Single(entries, e => e.BankReference == payout.TransactionId);
        var chargeEntry = Assert.Single(entries, e => e.BankReference == charge.TransactionId);
        Assert.Equal(74_593_271, payoutEntry.Amount);
        Assert.Equal("MM20250313001", format == "mt940" ? payoutEntry.CustomerReference : payoutEntry.EndToEndId);
        Assert.Equal((EntryDirection.Debit, 11_000L), (chargeEntry.Direction, chargeEntry.Amount));
        Assert.Equal(reader.Closing - reader.Opening, entries.Sum(e => e.Direction == EntryDirection.Credit ? e.Amount : -e.Amount));
    }

    [Theory]
    [InlineData("2025-03-14", "pdf", "format_invalid")]
    [InlineData("2025-03-14", "", "format_invalid")]
    [InlineData("14-03-2025", "mt940", "day_invalid")]
    [InlineData("2025-02-30", "camt053", "day_invalid")]
    public async Task A_bad_day_or_format_is_a_problem(string day, string format, string code)
    {
        using var response = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, $"/sandbox/bank/statements/{day}?format={format}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>());
    }
}
