using PayGov.Reconciliation.Matching;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Tests;

public class ConsecutiveDaysTests
{
    private static readonly DateOnly DayOne = new(2025, 10, 14);
    private static readonly DateOnly DayTwo = new(2025, 10, 15);

    [Fact]
    public void Late_window_payment_reported_the_next_day_is_late_settlement_on_that_day()
    {
        var engine = new ReconciliationEngine();
        var first = engine.RunDay(new DayBuilder(DayOne).Payment("pa_4", PaymentChannel.VnPay, "251014_A4", "15230004", 75_000, 825, "23:58:40").Build(), CancellationToken.None);

        var second = engine.RunDay(new DayBuilder(DayTwo).VnPay("15230004", "251014_A4", 75_000, 825, "23:58:40", lineDay: DayOne).Build(), CancellationToken.None);

        Assert.Empty(first.Exceptions);
        var raised = Assert.Single(second.Exceptions);
        Assert.Equal((ExceptionType.LateSettlement, DayTwo, "pa_4", "settled_next_day"), (raised.Type, raised.BusinessDay, raised.Reference, raised.Reason));
        Assert.Equal(0, second.Report.Gateway.Payments.Count);
        Assert.Equal(75_000, second.Report.Reconciliation["vnpay"]["payments"].Categories["late_settlement"].Settlement);
    }

    [Fact]
    public void Late_window_payment_still_absent_the_next_day_is_missing_at_provider_on_that_day()
    {
        var engine = new ReconciliationEngine();
        engine.RunDay(new DayBuilder(DayOne).Payment("pa_4", PaymentChannel.VnPay, "251014_A4", "15230004", 75_000, 825, "23:58:40").Build(), CancellationToken.None);

        var second = engine.RunDay(new DayBuilder(DayTwo).Build(), CancellationToken.None);

        var raised = Assert.Single(second.Exceptions);
        Assert.Equal((ExceptionType.MissingAtProvider, DayTwo, "pa_4"), (raised.Type, raised.BusinessDay, raised.Reference));
    }

    [Fact]
    public void Payout_advice_without_credit_waits_one_bank_day_then_is_payout_mismatch_credit_missing()
    {
        var engine = new ReconciliationEngine();
        var first = engine.RunDay(new DayBuilder(DayOne).VnPayPayout("VNP25101301", 4_286_420).Build(), CancellationToken.None);

        var second = engine.RunDay(new DayBuilder(DayTwo).Build(), CancellationToken.None);

        Assert.Empty(first.Exceptions);
        var raised = Assert.Single(second.Exceptions);
        Assert.Equal((ExceptionType.PayoutMismatch, "VNP25101301", "credit_missing"), (raised.Type, raised.Reference, raised.Reason));
    }

    [Fact]
    public void Advice_different_from_the_reported_batch_net_is_payout_mismatch_batch_total()
    {
        var engine = new ReconciliationEngine();
        engine.RunDay(new DayBuilder(DayOne)
            .Payment("pa_1", PaymentChannel.VnPay, "251014_A", "111", 200_000, 2_200)
            .VnPay("111", "251014_A", 200_000, 2_200).Build(), CancellationToken.None);

        var second = engine.RunDay(new DayBuilder(DayTwo)
            .VnPayPayout("VNP25101401", 197_000)
            .Mt940("C", 197_000, "FT1", "VNPAY TT DOI SOAT", customer: "VNP25101401").Build(), CancellationToken.None);

        var raised = Assert.Single(second.Exceptions);
        Assert.Equal((ExceptionType.PayoutMismatch, "batch_total", 197_800L, 197_000L), (raised.Type, raised.Reason, raised.ExpectedAmount!.Value, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Underpaid_transfer_completed_the_next_day_is_matched_late_and_the_earlier_exception_is_resolved_by_system()
    {
        var engine = new ReconciliationEngine();
        var first = engine.RunDay(new DayBuilder(DayOne)
            .Payment("pa_37", PaymentChannel.BankTransfer, "PGB7K7Q2M9X4S", "", 100_000, 0, account: DayBuilder.HanoiAccount)
            .Mt940("C", 60_000, "FT1", "PGB7K7Q2M9X4S lan 1").Build(), CancellationToken.None);

        var second = engine.RunDay(new DayBuilder(DayTwo).Mt940("C", 40_000, "FT2", "PGB7K7Q2M9X4S lan 2").Build(), CancellationToken.None);

        var underpaid = Assert.Single(first.Exceptions);
        Assert.Equal(("underpaid", true), (underpaid.Reason, underpaid.SystemResolution is not null));
        var late = Assert.Single(second.Exceptions);
        Assert.Equal((ExceptionType.LateSettlement, "pa_37", 100_000L), (late.Type, late.Reference, late.ObservedAmount!.Value));
    }

    [Fact]
    public void Transfer_credited_while_processing_and_recorded_succeeded_the_next_day_is_an_early_settlement()
    {
        var engine = new ReconciliationEngine();
        var first = engine.RunDay(new DayBuilder(DayOne)
            .Payment("pa_33", PaymentChannel.BankTransfer, "PGB3K7Q2M9X4D", "FT1", 200_000, 0, status: "processing", account: DayBuilder.HanoiAccount)
            .Mt940("C", 200_000, "FT1", "PGB3K7Q2M9X4D").Build(), CancellationToken.None);

        var second = engine.RunDay(new DayBuilder(DayTwo)
            .Payment("pa_33", PaymentChannel.BankTransfer, "PGB3K7Q2M9X4D", "FT1", 200_000, 0, account: DayBuilder.HanoiAccount).Build(), CancellationToken.None);

        Assert.Equal("not_recorded", Assert.Single(first.Exceptions).Reason);
        Assert.Empty(second.Exceptions);
        var early = second.Report.Reconciliation["bank:0011004455667"]["bank_transfers"].Categories["early_settlement"];
        Assert.Equal((1L, 200_000L, 0L), (early.Count, early.Gateway, early.Settlement));
    }

    [Fact]
    public void Reference_older_than_the_lookback_is_not_found()
    {
        var engine = new ReconciliationEngine();
        engine.RunDay(new DayBuilder(DayOne).Payment("pa_1", PaymentChannel.VnPay, "251014_A", "111", 200_000, 2_200).VnPay("111", "251014_A", 200_000, 2_200).Build(), CancellationToken.None);
        var later = DayOne.AddDays(36);

        var result = engine.RunDay(new DayBuilder(later).VnPay("112", "251014_A", 200_000, 2_200).Build(), CancellationToken.None);

        Assert.Equal(ExceptionType.MissingAtGateway, Assert.Single(result.Exceptions).Type);
    }

    [Fact]
    public void Refused_file_leaves_the_engine_as_it_was()
    {
        var good = new DayBuilder(DayOne).Payment("pa_1", PaymentChannel.VnPay, "251014_A", "111", 200_000, 2_200).VnPay("111", "251014_A", 200_000, 2_200);
        var bad = good.Build();
        bad = new DayInputs
        {
            BusinessDay = bad.BusinessDay,
            Config = bad.Config,
            Ledger = bad.Ledger,
            ProviderReports = new Dictionary<PaymentChannel, InputFile>(bad.ProviderReports) { [PaymentChannel.VnPay] = DayBuilder.File("vnpay_20251014.csv", good.VnPayText().Replace("TONG,1,200000", "TONG,1,200001", StringComparison.Ordinal)) },
            Statements = bad.Statements,
        };
        var engine = new ReconciliationEngine();

        Assert.Throws<Parsing.SettlementFileFormatException>(() => engine.RunDay(bad, CancellationToken.None));
        var result = engine.RunDay(good.Build(), CancellationToken.None);

        Assert.Empty(result.Exceptions);
        Assert.Equal(1, result.Report.Reconciliation["vnpay"]["payments"].Categories["matched"].Count);
    }
}
