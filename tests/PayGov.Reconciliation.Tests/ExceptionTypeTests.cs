using PayGov.Reconciliation.Matching;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Tests;

public class ExceptionTypeTests
{
    private static readonly DateOnly Day = new(2025, 10, 14);

    [Fact]
    public void Succeeded_payment_absent_from_the_report_outside_the_late_window_is_missing_at_provider()
    {
        var day = new DayBuilder(Day).Payment("pa_1", PaymentChannel.VnPay, "251014_A", "111", 200_000, 2_200, "14:02:10");

        var raised = Single(day, ExceptionType.MissingAtProvider);

        Assert.Equal(("vnpay", "pa_1", "not_in_report", 200_000L, (long?)null), (raised.Source, raised.Reference, raised.Reason, raised.ExpectedAmount!.Value, raised.ObservedAmount));
    }

    [Fact]
    public void Payment_inside_the_late_window_waits_without_an_exception()
    {
        var day = new DayBuilder(Day).Payment("pa_1", PaymentChannel.VnPay, "251014_A", "111", 75_000, 825, "23:58:40");

        var result = new ReconciliationEngine().RunDay(day.Build(), CancellationToken.None);

        Assert.Empty(result.Exceptions);
        Assert.Equal("pa_1", Assert.Single(result.AwaitingSettlement).Reference);
    }

    [Fact]
    public void Transfer_landing_on_another_PayGov_account_is_matched_all_the_same()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_33", PaymentChannel.BankTransfer, "PGB3K7Q2M9X4D", "FT1", 200_000, 0, account: DayBuilder.HcmAccount)
            .Mt940("C", 200_000, "FT1", "PGB3K7Q2M9X4D");

        var result = new ReconciliationEngine().RunDay(day.Build(), CancellationToken.None);

        Assert.Empty(result.Exceptions);
        Assert.Equal(200_000, result.Report.Reconciliation["bank:0011004455667"]["bank_transfers"].Categories["matched"].Settlement);
        Assert.Equal(200_000, result.Report.Reconciliation["bank:113000223344"]["bank_transfers"].Categories["matched"].Gateway);
    }

    [Fact]
    public void Success_line_without_gateway_payment_is_missing_at_gateway()
    {
        var day = new DayBuilder(Day).VnPay("15230006", "251014_UNKNOWN", 50_000, 550);

        var raised = Single(day, ExceptionType.MissingAtGateway);

        Assert.Equal(("15230006", "unknown_reference", (long?)null, 50_000L), (raised.Reference, raised.Reason, raised.ExpectedAmount, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Provider_gross_different_from_the_record_amount_is_amount_mismatch_and_fee_is_not_compared()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_1", PaymentChannel.VnPay, "251014_A", "111", 125_000, 1_375)
            .VnPay("111", "251014_A", 152_000, 1_672);

        var raised = Single(day, ExceptionType.AmountMismatch);

        Assert.Equal(("pa_1", "gross_differs", 125_000L, 152_000L), (raised.Reference, raised.Reason, raised.ExpectedAmount!.Value, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Partial_bank_transfer_for_a_processing_attempt_is_amount_mismatch_underpaid()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_32", PaymentChannel.BankTransfer, "PGB2K7Q2M9X4A", "", 225_000, 0, status: "processing", account: DayBuilder.HanoiAccount)
            .Mt940("C", 200_000, "FT1", "NOP LE PHI HS PGB2K7Q2M9X4A");

        var raised = Single(day, ExceptionType.AmountMismatch);

        Assert.Equal(("bank:0011004455667", "pa_32", "underpaid", 225_000L, 200_000L), (raised.Source, raised.Reference, raised.Reason, raised.ExpectedAmount!.Value, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Success_line_for_an_expired_attempt_is_status_mismatch_closed_but_paid()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_12", PaymentChannel.MoMo, "251014_M12", "", 100_000, 0, status: "expired")
            .MoMo("4512300012", "251014_M12", 100_000, 1_500);

        var raised = Single(day, ExceptionType.StatusMismatch);

        Assert.Equal(("momo", "pa_12", "closed_but_paid", 100_000L), (raised.Source, raised.Reference, raised.Reason, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Failed_line_for_a_succeeded_payment_is_status_mismatch_not_paid()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_1", PaymentChannel.VnPay, "251014_A", "111", 50_000, 550)
            .VnPay("111", "251014_A", 50_000, 0, status: "02");

        var raised = Single(day, ExceptionType.StatusMismatch);

        Assert.Equal("not_paid", raised.Reason);
    }

    [Fact]
    public void Failed_line_for_a_failed_payment_raises_nothing()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_8", PaymentChannel.VnPay, "251014_F", "118", 50_000, 0, status: "failed")
            .VnPay("118", "251014_F", 50_000, 0, status: "02");

        var result = new ReconciliationEngine().RunDay(day.Build(), CancellationToken.None);

        Assert.Empty(result.Exceptions);
    }

    [Fact]
    public void Same_transaction_listed_twice_is_one_match_and_one_duplicate()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_22", PaymentChannel.ZaloPay, "251014_Z22", "251014000004502", 200_000, 2_000)
            .ZaloPay("251014000004502", "251014_Z22", 200_000, 2_000)
            .ZaloPay("251014000004502", "251014_Z22", 200_000, 2_000);

        var raised = Single(day, ExceptionType.Duplicate);

        Assert.Equal(("zalopay", "251014000004502", "repeated_line", 200_000L), (raised.Source, raised.Reference, raised.Reason, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Two_charges_for_one_reference_match_the_recorded_transaction_and_the_other_is_duplicate()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_1", PaymentChannel.VnPay, "251014_A", "222", 200_000, 2_200)
            .VnPay("111", "251014_A", 200_000, 2_200)
            .VnPay("222", "251014_A", 200_000, 2_200);

        var result = new ReconciliationEngine().RunDay(day.Build(), CancellationToken.None);

        var raised = Assert.Single(result.Exceptions);
        Assert.Equal((ExceptionType.Duplicate, "111", "second_charge"), (raised.Type, raised.Reference, raised.Reason));
        var categories = result.Report.Reconciliation["vnpay"]["payments"].Categories;
        Assert.Equal((1L, 200_000L), (categories["matched"].Count, categories["matched"].Settlement));
        Assert.Equal((1L, 200_000L), (categories["duplicate"].Count, categories["duplicate"].Settlement));
    }

    [Fact]
    public void Second_full_transfer_for_a_paid_attempt_is_duplicate_paid_twice()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_34", PaymentChannel.BankTransfer, "PGB4K7Q2M9X4G", "FT1", 220_000, 0, account: DayBuilder.HanoiAccount)
            .Mt940("C", 220_000, "FT1", "PGB4K7Q2M9X4G nop le phi")
            .Mt940("C", 220_000, "FT2", "PGB4K7Q2M9X4G nop le phi");

        var raised = Single(day, ExceptionType.Duplicate);

        Assert.Equal(("FT2", "paid_twice", 220_000L), (raised.Reference, raised.Reason, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Line_listed_three_times_raises_one_duplicate_per_identity_with_the_surplus_added_up()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_22", PaymentChannel.ZaloPay, "251014_Z22", "251014000004502", 200_000, 2_000)
            .ZaloPay("251014000004502", "251014_Z22", 200_000, 2_000)
            .ZaloPay("251014000004502", "251014_Z22", 200_000, 2_000)
            .ZaloPay("251014000004502", "251014_Z22", 200_000, 2_000);

        var raised = Single(day, ExceptionType.Duplicate);

        Assert.Equal((400_000L, (object)2), (raised.ObservedAmount!.Value, raised.Details["occurrences"]));
    }

    [Fact]
    public void Reversed_credit_that_paid_an_attempt_is_status_mismatch_reversed_by_bank_and_reported_as_reversed()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_31", PaymentChannel.BankTransfer, "PGB1K7Q2M9X47", "FT1", 200_000, 0, account: DayBuilder.HanoiAccount, localTime: "23:50:00")
            .Mt940("C", 200_000, "FT1", "nop phi pgb1k7q2m9x47")
            .Mt940("RC", 200_000, "FT2", "HOAN TRA GIAO DICH FT1");

        var result = new ReconciliationEngine().RunDay(day.Build(), CancellationToken.None);

        var raised = Assert.Single(result.Exceptions);
        Assert.Equal((ExceptionType.StatusMismatch, "pa_31", "reversed_by_bank"), (raised.Type, raised.Reference, raised.Reason));
        Assert.Equal(200_000, result.Report.Statement["bank:0011004455667"].CreditsByClass["reversed"].Amount);
    }

    [Fact]
    public void Unpaired_reversal_credit_is_unmatched_bank_credit()
    {
        var day = new DayBuilder(Day).Mt940("RD", 11_000, "FT5", "HOAN PHI FT404");

        var raised = Single(day, ExceptionType.UnmatchedBankCredit);

        Assert.Equal("unpaired_reversal", raised.Reason);
    }

    [Fact]
    public void Second_succeeded_payment_of_one_intent_is_a_gateway_duplicate()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_15", PaymentChannel.MoMo, "251014_M15", "4512300015", 200_000, 3_000, "10:00:05", intent: "pi_15")
            .Payment("pa_09", PaymentChannel.VnPay, "251014_V09", "15230009", 200_000, 2_200, "10:03:41", intent: "pi_15")
            .MoMo("4512300015", "251014_M15", 200_000, 3_000)
            .VnPay("15230009", "251014_V09", 200_000, 2_200);

        var raised = Single(day, ExceptionType.Duplicate);

        Assert.Equal(("gateway", "pa_09", "double_payment", "pa_15"), (raised.Source, raised.Reference, raised.Reason, raised.Details["first_payment"]));
    }

    [Fact]
    public void Provider_fee_one_dong_off_is_fee_mismatch()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_21", PaymentChannel.ZaloPay, "251014_Z21", "251014000004501", 95_000, 950)
            .ZaloPay("251014000004501", "251014_Z21", 95_000, 951);

        var raised = Single(day, ExceptionType.FeeMismatch);

        Assert.Equal((950L, 951L), (raised.ExpectedAmount!.Value, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Refund_line_with_another_amount_is_refund_mismatch_amount()
    {
        var day = new DayBuilder(Day)
            .Refund("re_2", PaymentChannel.MoMo, "251014_RF2", "4512300092", 50_000)
            .MoMo("4512300092", "251014_RF2", -100_000, 0, kind: "Hoàn tiền", original: "4498700092");

        var raised = Single(day, ExceptionType.RefundMismatch);

        Assert.Equal(("re_2", "amount", 50_000L, 100_000L), (raised.Reference, raised.Reason, raised.ExpectedAmount!.Value, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Refund_line_without_gateway_refund_is_refund_mismatch_missing_at_gateway()
    {
        var day = new DayBuilder(Day).VnPay("15239999", "251010_X", 75_000, 0, type: "02");

        var raised = Single(day, ExceptionType.RefundMismatch);

        Assert.Equal(("15239999", "missing_at_gateway"), (raised.Reference, raised.Reason));
    }

    [Fact]
    public void Payout_credit_different_from_the_advice_is_payout_mismatch_amount()
    {
        var day = new DayBuilder(Day)
            .VnPayPayout("VNP25101301", 4_286_420)
            .Mt940("C", 4_286_000, "FT9", "VNPAY TT DOI SOAT VNP25101301", customer: "VNP25101301");

        var raised = Single(day, ExceptionType.PayoutMismatch);

        Assert.Equal(("vnpay", "VNP25101301", "amount", 4_286_420L, 4_286_000L), (raised.Source, raised.Reference, raised.Reason, raised.ExpectedAmount!.Value, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Credit_with_a_well_formed_but_unknown_reference_is_unmatched_bank_credit()
    {
        var day = new DayBuilder(Day).Mt940("C", 150_000, "FT7", "nop phi pgb1k7q2m9x47");

        var raised = Single(day, ExceptionType.UnmatchedBankCredit);

        Assert.Equal(("bank:0011004455667", "FT7", "unknown_reference", 150_000L), (raised.Source, raised.Reference, raised.Reason, raised.ObservedAmount!.Value));
    }

    [Fact]
    public void Credit_naming_two_known_references_is_unmatched_bank_credit_ambiguous()
    {
        var day = new DayBuilder(Day)
            .Payment("pa_31", PaymentChannel.BankTransfer, "PGB1K7Q2M9X47", "", 200_000, 0, account: DayBuilder.HanoiAccount, localTime: "23:50:00")
            .Payment("pa_33", PaymentChannel.BankTransfer, "PGB3K7Q2M9X4D", "", 200_000, 0, account: DayBuilder.HanoiAccount, localTime: "23:50:00")
            .Mt940("C", 200_000, "FT7", "PGB1K7Q2M9X47 PGB3K7Q2M9X4D");

        var raised = Single(day, ExceptionType.UnmatchedBankCredit);

        Assert.Equal("ambiguous_reference", raised.Reason);
    }

    private static ExceptionRecord Single(DayBuilder day, ExceptionType type)
    {
        var result = new ReconciliationEngine().RunDay(day.Build(), CancellationToken.None);
        var raised = Assert.Single(result.Exceptions);
        Assert.Equal(type, raised.Type);
        Assert.Equal(day.Day, raised.BusinessDay);
        return raised;
    }
}
