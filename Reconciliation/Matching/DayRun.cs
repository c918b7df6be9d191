using System.Globalization;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;
using PayGov.Reconciliation.Reports;

namespace PayGov.Reconciliation.Matching;

/// <summary>
/// One nightly run of one business day over the state carried from the previous runs.
/// Order: read and check every input first (the ledger and the statements are staged, the provider reports are
/// validated in a first streaming pass), and only then change the state and match. A refused file therefore leaves
/// no result behind, while a 1M-line provider report is never held in memory: its second pass matches line by line.
/// </summary>
internal sealed class DayRun
{
    private const string Matched = "matched";
    private const string EarlySettlement = "early_settlement";
    private const string AwaitingSettlement = "awaiting_settlement";
    private static readonly PaymentChannel[] Providers = [PaymentChannel.VnPay, PaymentChannel.MoMo, PaymentChannel.ZaloPay];

    private readonly ReconciliationState _state;
    private readonly DayInputs _inputs;
    private readonly DateOnly _day;
    private readonly ReconciliationConfig _config;
    private readonly BusinessCalendar _calendar;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ExceptionRecord> _raised = [];
    private readonly Dictionary<(ExceptionType, string, string), ExceptionRecord> _byIdentity = [];
    private readonly List<AwaitingItem> _awaiting = [];
    private readonly DayReport _report = new();
    private readonly Dictionary<PaymentChannel, List<LedgerRecord>> _dayRecords = [];
    private readonly List<LedgerRecord> _carried = [];
    private readonly List<PayoutAdvice> _todayAdvices = [];
    private readonly HashSet<PayoutAdvice> _creditedAdvices = [];
    private readonly HashSet<string> _accountsRead = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, string, string, string), BudgetTotals> _budget = [];
    private readonly Dictionary<string, long> _transferGateway = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReconciliationTable> _transferTables = new(StringComparer.Ordinal);
    private List<LedgerRecord> _newRecords = [];
    private Dictionary<string, LedgerRecord>? _readerIndex;

    // The pair first matched to a record, kept only when its transaction id is not the one the gateway recorded:
    // the one case (two charges for one reference) where a later line can take its place.
    private readonly Dictionary<LedgerRecord, (string Category, long Gross, ExceptionRecord? Raised)> _provisionalPairs = new(ReferenceEqualityComparer.Instance);

    public DayRun(ReconciliationState state, DayInputs inputs, CancellationToken cancellationToken)
    {
        _state = state;
        _inputs = inputs;
        _day = inputs.BusinessDay;
        _config = inputs.Config;
        _calendar = inputs.Config.Calendar;
        _cancellationToken = cancellationToken;
        foreach (var channel in Enum.GetValues<PaymentChannel>())
        {
            _report.ByProvider[WireNames.Of(channel)] = new ChannelTotals();
            _dayRecords[channel] = [];
        }
    }

    public DayRunResult Run()
    {
        StageLedger();
        foreach (var provider in Providers)
        {
            if (_inputs.ProviderReports.TryGetValue(provider, out var file))
            {
                ValidateReport(provider, file);
            }
        }

        var statements = new List<(CollectionAccountConfig Account, StagedStatement Statement)>();
        foreach (var account in _config.CollectionAccounts)
        {
            if (_inputs.Statements.TryGetValue(account.Account, out var file))
            {
                statements.Add((account, StageStatement(account, file)));
            }
        }

        CommitLedger();
        CheckDoublePayments();
        foreach (var provider in Providers)
        {
            if (_inputs.ProviderReports.TryGetValue(provider, out var file))
            {
                MatchReport(provider, file);
            }
            else
            {
                WaitForSource(_dayRecords[provider]);
            }
        }

        foreach (var (account, _) in statements)
        {
            _transferTables[account.Account] = new ReconciliationTable();
        }

        foreach (var (account, statement) in statements)
        {
            MatchStatement(account, statement);
        }

        foreach (var (account, _) in statements)
        {
            SettleTransfersWithoutCredit(account);
        }

        WaitForSource(_dayRecords[PaymentChannel.BankTransfer].Where(r => r.Kind == RecordKind.Payment && !_accountsRead.Contains(r.CollectionAccount)));
        SettleAdvicesWithoutCredit();
        _state.Awaiting = [.. _carried.Concat(_dayRecords.Values.SelectMany(r => r)).Where(r => r.Awaiting).Distinct()];
        FinishReport();
        _raised.Sort(ExceptionOrder);
        return new DayRunResult { BusinessDay = _day, Exceptions = _raised, AwaitingSettlement = _awaiting, Report = _report };
    }

    private static int ExceptionOrder(ExceptionRecord a, ExceptionRecord b)
    {
        var byDay = a.BusinessDay.CompareTo(b.BusinessDay);
        var byType = a.Type.CompareTo(b.Type);
        var bySource = string.CompareOrdinal(a.Source, b.Source);
        return byDay != 0 ? byDay : byType != 0 ? byType : bySource != 0 ? bySource : string.CompareOrdinal(a.Reference, b.Reference);
    }

    // ---- Ledger -------------------------------------------------------------------------------------------

    private void StageLedger()
    {
        using var stream = _inputs.Ledger.Open();
        var reader = new GatewayLedgerReader(stream, _inputs.Ledger.FileName, _calendar);
        _readerIndex = reader.RecordsById;
        foreach (var row in reader.ReadRows())
        {
            var record = row.Record;
            if (record.BusinessDay > _day)
            {
                throw FieldReader.Error(_inputs.Ledger.FileName, row.LineNumber, "business_day", $"{record.BusinessDay:yyyy-MM-dd} is after the run day {_day:yyyy-MM-dd}");
            }

            if (row.IsFirstRowOfRecord)
            {
                _newRecords.Add(record);
            }

            // Carried rows keep their own business day and are never counted in this day's totals.
            if (record.BusinessDay != _day || !record.Succeeded)
            {
                continue;
            }

            if (row.IsFirstRowOfRecord)
            {
                CountRecord(record);
            }

            CountItem(record, row);
        }
    }

    private void CountRecord(LedgerRecord record)
    {
        var payment = record.Kind == RecordKind.Payment;
        var totals = payment ? _report.Gateway.Payments : _report.Gateway.Refunds;
        totals.Add(record.Amount);
        Count(_report.ByProvider[WireNames.Of(record.Provider)]);
        if (!_report.ByPortal.TryGetValue(record.PortalId, out var portal))
        {
            portal = new ChannelTotals();
            _report.ByPortal.Add(record.PortalId, portal);
        }

        Count(portal);
        if (payment && record.Provider == PaymentChannel.BankTransfer)
        {
            _transferGateway[record.CollectionAccount] = checked(_transferGateway.GetValueOrDefault(record.CollectionAccount) + record.Amount);
        }

        void Count(ChannelTotals row)
        {
            if (payment)
            {
                row.PaymentsCount++;
                row.PaymentsAmount = checked(row.PaymentsAmount + record.Amount);
            }
            else
            {
                row.RefundsCount++;
                row.RefundsAmount = checked(row.RefundsAmount + record.Amount);
            }
        }
    }

    private void CountItem(LedgerRecord record, LedgerRow row)
    {
        var payment = record.Kind == RecordKind.Payment;
        if (!_report.ByFeeCode.TryGetValue(row.FeeCode, out var fee))
        {
            fee = new AllocationTotals();
            _report.ByFeeCode.Add(row.FeeCode, fee);
        }

        var key = (row.TreasuryCode, row.BudgetChapter, row.BudgetSubItem, row.RevenueAgency, row.AreaCode);
        if (!_budget.TryGetValue(key, out var budget))
        {
            budget = new BudgetTotals
            {
                TreasuryCode = row.TreasuryCode,
                BudgetChapter = row.BudgetChapter,
                BudgetSubItem = row.BudgetSubItem,
                RevenueAgency = row.RevenueAgency,
                AreaCode = row.AreaCode,
            };
            _budget.Add(key, budget);
        }

        if (payment)
        {
            fee.PaymentsAmount = checked(fee.PaymentsAmount + row.ItemAmount);
            budget.PaymentsAmount = checked(budget.PaymentsAmount + row.ItemAmount);
        }
        else
        {
            fee.RefundsAmount = checked(fee.RefundsAmount + row.ItemAmount);
            budget.RefundsAmount = checked(budget.RefundsAmount + row.ItemAmount);
        }
    }

    private void CommitLedger()
    {
        _carried.AddRange(_state.Awaiting.Where(r => r.Awaiting));
        if (_state.ById.Count == 0 && _readerIndex is not null)
        {
            // A first run: the ledger reader's id map is exactly the index needed; adopting it saves a million entries.
            _state.ById = _readerIndex;
        }

        _readerIndex = null;
        var capacity = _state.ById.Count + _newRecords.Count;
        _state.ById.EnsureCapacity(capacity);
        _state.PaymentsByReference.EnsureCapacity(capacity);
        _state.PaymentsByTxn.EnsureCapacity(capacity);
        _state.FirstPaymentOfIntent.EnsureCapacity(capacity);
        foreach (var record in _newRecords)
        {
            if (_state.ById.TryGetValue(record.RecordId, out var known) && !ReferenceEquals(known, record))
            {
                // A carried row of a record this engine already holds: its own store is authoritative.
                if (record.BusinessDay < _day)
                {
                    continue;
                }

                // The record moved on (e.g. processing yesterday, succeeded today): keep what was matched so far.
                record.Transfer = known.Transfer;
                record.SettledTxnId = known.SettledTxnId;
                record.SettledBySuccess = known.SettledBySuccess;
                record.SettledOn = known.SettledOn;
                record.NotPaidRaised = known.NotPaidRaised;
                known.Awaiting = false;
            }

            _state.ById[record.RecordId] = record;
            if (record.Kind == RecordKind.Payment)
            {
                _state.PaymentsByReference[record.MerchantReference] = record;
                if (record.ProviderTxnId.Length > 0)
                {
                    _state.PaymentsByTxn[record.ProviderTxnId] = record;
                }
            }
            else
            {
                _state.RefundsByReference[record.MerchantReference] = record;
                if (record.ProviderTxnId.Length > 0)
                {
                    _state.RefundsByTxn[record.ProviderTxnId] = record;
                }
            }

            if (!record.Succeeded)
            {
                continue;
            }

            if (record.BusinessDay < _day)
            {
                record.Awaiting = true;
                _carried.Add(record);
                continue;
            }

            _dayRecords[record.Provider].Add(record);
        }

        _newRecords = [];
    }

    private void CheckDoublePayments()
    {
        var touched = new List<List<LedgerRecord>>();
        foreach (var records in _dayRecords.Values)
        {
            foreach (var record in records)
            {
                if (record.Kind != RecordKind.Payment || _state.FirstPaymentOfIntent.TryAdd(record.IntentId, record))
                {
                    continue;
                }

                if (!_state.PaidIntents.TryGetValue(record.IntentId, out var paid))
                {
                    paid = [_state.FirstPaymentOfIntent[record.IntentId]];
                    _state.PaidIntents.Add(record.IntentId, paid);
                }

                if (!paid.Contains(record))
                {
                    paid.Add(record);
                    touched.Add(paid);
                }
            }
        }

        foreach (var paid in touched.Distinct())
        {
            paid.Sort((a, b) => a.StatusAt != b.StatusAt ? a.StatusAt.CompareTo(b.StatusAt) : string.CompareOrdinal(a.RecordId, b.RecordId));
            foreach (var later in paid.Skip(1).Where(r => r.BusinessDay == _day && !r.DoublePaymentRaised))
            {
                later.DoublePaymentRaised = true;
                Raise(ExceptionType.Duplicate, "gateway", later.RecordId, "double_payment", null, later.Amount,
                    ("intent_id", later.IntentId), ("first_payment", paid[0].RecordId), ("provider", WireNames.Of(later.Provider)));
            }
        }
    }

    // ---- Level 1: provider reports -----------------------------------------------------------------------

    private void ValidateReport(PaymentChannel provider, InputFile file)
    {
        using var stream = file.Open();
        var reader = SettlementReportReader.Open(provider, stream, file.FileName);
        if (reader.ReportDay != _day)
        {
            throw FieldReader.Error(file.FileName, 1, "report day", $"{reader.ReportDay:yyyy-MM-dd} is not the run day {_day:yyyy-MM-dd}");
        }

        foreach (var line in reader.ReadLines())
        {
            _ = line;
            _cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private void MatchReport(PaymentChannel provider, InputFile file)
    {
        var name = WireNames.Of(provider);
        var summary = new SettlementSummary { ReportDay = _day };
        var payments = new ReconciliationTable();
        var refunds = new ReconciliationTable();
        _report.Settlement[name] = summary;
        _report.Reconciliation[name] = new SortedDictionary<string, ReconciliationTable>(StringComparer.Ordinal) { ["payments"] = payments, ["refunds"] = refunds };
        using (var stream = file.Open())
        {
            var reader = SettlementReportReader.Open(provider, stream, file.FileName);
            var count = 0;
            foreach (var line in reader.ReadLines())
            {
                if ((++count & 0xFFFF) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                if (line.Kind == SettlementLineKind.Payout)
                {
                    var account = line.PayoutAccount.Length > 0 ? line.PayoutAccount : _config.Provider(provider)?.PayoutAccount ?? "";
                    _todayAdvices.Add(new PayoutAdvice(provider, line, account));
                    summary.Payouts.Add(new PayoutSummary(line.PayoutBatchId, line.PayoutDate, line.Gross));
                    continue;
                }

                summary.BatchId = line.PayoutBatchId;
                summary.Net = checked(summary.Net + line.Net);
                if (!line.Success)
                {
                    summary.OtherLines++;
                }
                else
                {
                    summary.Fee = checked(summary.Fee + line.Fee);
                    if (line.Kind == SettlementLineKind.Payment)
                    {
                        summary.PaymentLines++;
                        summary.PaymentGross = checked(summary.PaymentGross + line.Gross);
                    }
                    else
                    {
                        summary.RefundLines++;
                        summary.RefundGross = checked(summary.RefundGross + line.Gross);
                    }
                }

                if (line.Kind == SettlementLineKind.Payment)
                {
                    MatchPaymentLine(provider, line, payments, file.FileName);
                }
                else
                {
                    MatchRefundLine(provider, line, refunds, file.FileName);
                }
            }
        }

        if (summary.BatchId.Length > 0)
        {
            _state.BatchNets[summary.BatchId] = summary.Net;
        }

        foreach (var record in _dayRecords[provider].Concat(_carried.Where(r => r.Provider == provider)))
        {
            var table = record.Kind == RecordKind.Payment ? payments : refunds;
            if (!record.SettledBySuccess && !record.NotPaidRaised)
            {
                Unsettled(record, name, table);
            }
            else if (record.SettledOn < _day && record.BusinessDay == _day)
            {
                // Settled by an earlier report, before the gateway recorded its success: an early settlement.
                table.Add(EarlySettlement, record.Amount, 0);
            }
        }
    }

    private LedgerRecord? FindPayment(PaymentChannel provider, SettlementLine line)
    {
        if (line.MerchantReference.Length > 0 && _state.PaymentsByReference.TryGetValue(line.MerchantReference, out var byReference)
            && byReference.Provider == provider && InLookback(byReference))
        {
            return byReference;
        }

        return _state.PaymentsByTxn.TryGetValue(line.ProviderTxnId, out var byTxn) && byTxn.Provider == provider && InLookback(byTxn) ? byTxn : null;
    }

    private LedgerRecord? FindRefund(PaymentChannel provider, SettlementLine line)
    {
        if (line.RefundReference.Length > 0 && _state.RefundsByReference.TryGetValue(line.RefundReference, out var byReference)
            && byReference.Provider == provider && InLookback(byReference))
        {
            return byReference;
        }

        return _state.RefundsByTxn.TryGetValue(line.ProviderTxnId, out var byTxn) && byTxn.Provider == provider && InLookback(byTxn) ? byTxn : null;
    }

    private bool InLookback(LedgerRecord record) => _day.DayNumber - record.BusinessDay.DayNumber <= _config.ReferenceLookbackDays;

    private void MatchPaymentLine(PaymentChannel provider, SettlementLine line, ReconciliationTable table, string fileName)
    {
        var source = WireNames.Of(provider);
        var record = FindPayment(provider, line);
        if (!line.Success)
        {
            // A not-success line moved no money: it only matters against a record that says it succeeded.
            if (record is { Succeeded: true, SettledBySuccess: false, NotPaidRaised: false })
            {
                record.NotPaidRaised = true;
                record.SettledOn = _day;
                record.Awaiting = false;
                table.Add(WireNames.Of(ExceptionType.StatusMismatch), DayAmount(record), 0);
                Raise(ExceptionType.StatusMismatch, source, record.RecordId, "not_paid", record.Amount, 0, LineDetails(record, line, ("gateway_status", WireNames.Of(record.Status))));
            }

            return;
        }

        if (record is null)
        {
            if (!_state.UnknownTxns(provider).Add(line.ProviderTxnId))
            {
                table.Add(WireNames.Of(ExceptionType.Duplicate), 0, line.Gross);
                Raise(ExceptionType.Duplicate, source, line.ProviderTxnId, "repeated_line", null, line.Gross, LineDetails(null, line));
                return;
            }

            table.Add(WireNames.Of(ExceptionType.MissingAtGateway), 0, line.Gross);
            Raise(ExceptionType.MissingAtGateway, source, line.ProviderTxnId, "unknown_reference", null, line.Gross, LineDetails(null, line));
            return;
        }

        if (record.SettledBySuccess)
        {
            var swap = record.SettledOn == _day && line.ProviderTxnId != record.SettledTxnId
                && line.ProviderTxnId == record.ProviderTxnId && _provisionalPairs.ContainsKey(record);
            if (!swap)
            {
                var reason = line.ProviderTxnId == record.SettledTxnId ? "repeated_line" : "second_charge";
                table.Add(WireNames.Of(ExceptionType.Duplicate), 0, line.Gross);
                Raise(ExceptionType.Duplicate, source, line.ProviderTxnId, reason, null, line.Gross, LineDetails(record, line, ("record_id", record.RecordId)));
                return;
            }

            // Two charges for one reference: the one whose id the gateway recorded is the payment (README 6.2).
            var (previousCategory, previousGross, undone) = _provisionalPairs[record];
            _provisionalPairs.Remove(record);
            table.Add(previousCategory, -DayAmount(record), -previousGross, -1);
            if (undone is not null)
            {
                _raised.Remove(undone);
                _byIdentity.Remove((undone.Type, undone.Source, undone.Reference));
            }

            table.Add(WireNames.Of(ExceptionType.Duplicate), 0, previousGross);
            Raise(ExceptionType.Duplicate, source, record.SettledTxnId!, "second_charge", null, previousGross,
                ("merchant_reference", record.MerchantReference), ("record_id", record.RecordId), ("report_day", _day));
        }

        EvaluatePair(record, line, table, source, fileName);
    }

    private void EvaluatePair(LedgerRecord record, SettlementLine line, ReconciliationTable table, string source, string fileName)
    {
        record.SettledBySuccess = true;
        // Reuse the record's own string when the ids agree: a matched million would otherwise keep every line's copy.
        record.SettledTxnId = line.ProviderTxnId == record.ProviderTxnId ? record.ProviderTxnId : line.ProviderTxnId;
        record.SettledOn = _day;
        record.Awaiting = false;
        (ExceptionType? type, string reason, long? expected, long? observed) = record switch
        {
            { Succeeded: false } => (ExceptionType.StatusMismatch, record.Status == RecordStatus.Processing ? "not_recorded" : "closed_but_paid", record.Amount, line.Gross),
            _ when line.Gross != record.Amount => (ExceptionType.AmountMismatch, "gross_differs", record.Amount, line.Gross),
            _ when line.Fee != record.ExpectedFee => (ExceptionType.FeeMismatch, "provider_fee_differs", record.ExpectedFee, line.Fee),
            _ when record.BusinessDay < _day => (ExceptionType.LateSettlement, _day.DayNumber - record.BusinessDay.DayNumber == 1 ? "settled_next_day" : "settled_late", record.Amount, line.Gross),
            _ => ((ExceptionType?)null, "", (long?)null, (long?)null),
        };
        var category = type is { } t ? WireNames.Of(t) : record.BusinessDay > _day ? EarlySettlement : Matched;
        table.Add(category, DayAmount(record), line.Gross);
        var raisedNow = type is { } raised
            ? Raise(raised, source, record.RecordId, reason, expected, observed, LineDetails(record, line,
                ("gateway_status", WireNames.Of(record.Status)), ("record_business_day", record.BusinessDay)))
            : null;
        if (!ReferenceEquals(record.SettledTxnId, record.ProviderTxnId))
        {
            _provisionalPairs[record] = (category, line.Gross, raisedNow);
        }
        ResolveMissing(record, $"settled in {fileName}, line {line.Line.ToString(CultureInfo.InvariantCulture)}");
    }

    private void MatchRefundLine(PaymentChannel provider, SettlementLine line, ReconciliationTable table, string fileName)
    {
        var source = WireNames.Of(provider);
        var refundMismatch = WireNames.Of(ExceptionType.RefundMismatch);
        var refund = FindRefund(provider, line);
        if (!line.Success)
        {
            if (refund is { Succeeded: true, SettledBySuccess: false, NotPaidRaised: false })
            {
                refund.NotPaidRaised = true;
                refund.SettledOn = _day;
                refund.Awaiting = false;
                table.Add(refundMismatch, DayAmount(refund), 0);
                Raise(ExceptionType.RefundMismatch, source, refund.RecordId, "status", refund.Amount, 0, RefundDetails(refund, line));
            }

            return;
        }

        if (refund is null)
        {
            if (!_state.UnknownTxns(provider).Add(line.ProviderTxnId))
            {
                table.Add(WireNames.Of(ExceptionType.Duplicate), 0, line.Gross);
                Raise(ExceptionType.Duplicate, source, line.ProviderTxnId, "repeated_line", null, line.Gross, RefundDetails(null, line));
                return;
            }

            // A reversal the provider made on its own: money left the merchant balance without a gateway refund.
            table.Add(refundMismatch, 0, line.Gross);
            Raise(ExceptionType.RefundMismatch, source, line.ProviderTxnId, "missing_at_gateway", null, line.Gross, RefundDetails(null, line));
            return;
        }

        if (refund.SettledBySuccess)
        {
            table.Add(WireNames.Of(ExceptionType.Duplicate), 0, line.Gross);
            Raise(ExceptionType.Duplicate, source, line.ProviderTxnId, line.ProviderTxnId == refund.SettledTxnId ? "repeated_line" : "second_charge", null, line.Gross, RefundDetails(refund, line));
            return;
        }

        refund.SettledBySuccess = true;
        refund.SettledTxnId = line.ProviderTxnId == refund.ProviderTxnId ? refund.ProviderTxnId : line.ProviderTxnId;
        refund.SettledOn = _day;
        refund.Awaiting = false;
        var reason = !refund.Succeeded ? "status"
            : line.Gross != refund.Amount ? "amount"
            : line.Fee != refund.ExpectedFee ? "fee"
            : null;
        var gateway = DayAmount(refund);
        if (reason is not null)
        {
            table.Add(refundMismatch, gateway, line.Gross);
            var (expected, observed) = reason == "fee" ? (refund.ExpectedFee, line.Fee) : (refund.Amount, line.Gross);
            Raise(ExceptionType.RefundMismatch, source, refund.RecordId, reason, expected, observed, RefundDetails(refund, line));
        }
        else if (refund.BusinessDay < _day)
        {
            table.Add(WireNames.Of(ExceptionType.LateSettlement), gateway, line.Gross);
            Raise(ExceptionType.LateSettlement, source, refund.RecordId, "settled_late", refund.Amount, line.Gross, RefundDetails(refund, line));
        }
        else
        {
            table.Add(refund.BusinessDay > _day ? EarlySettlement : Matched, gateway, line.Gross);
        }

        ResolveMissing(refund, $"settled in {fileName}, line {line.Line.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>A succeeded record the settlement side of the day does not show (README sections 2 and 6.7).</summary>
    private void Unsettled(LedgerRecord record, string source, ReconciliationTable table)
    {
        var window = _config.LateWindow(record.Provider);
        if (record.BusinessDay == _day && _calendar.IsInLateWindow(record.StatusAt, window))
        {
            record.Awaiting = true;
            table.Add(AwaitingSettlement, record.Amount, 0);
            _awaiting.Add(new AwaitingItem
            {
                BusinessDay = _day,
                Source = source,
                Reference = record.RecordId,
                Amount = record.Amount,
                Details = Details(("merchant_reference", record.MerchantReference),
                    ("paid_at", record.StatusAt.ToOffset(BusinessCalendar.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))),
            });
            return;
        }

        if (record.BusinessDay < _day && _day.DayNumber - record.BusinessDay.DayNumber < _config.SettlementGraceDays)
        {
            record.Awaiting = true;
            return;
        }

        record.Awaiting = false;
        var gateway = DayAmount(record);
        if (record.Kind == RecordKind.Refund)
        {
            table.Add(WireNames.Of(ExceptionType.RefundMismatch), gateway, 0);
            record.OpenMissing = Raise(ExceptionType.RefundMismatch, source, record.RecordId, "missing_at_provider", record.Amount, null,
                ("refund_reference", record.MerchantReference), ("provider_txn_id", record.ProviderTxnId), ("original_record_id", record.OriginalRecordId), ("record_business_day", record.BusinessDay));
            return;
        }

        table.Add(WireNames.Of(ExceptionType.MissingAtProvider), gateway, 0);
        record.OpenMissing = Raise(ExceptionType.MissingAtProvider, source, record.RecordId, record.BusinessDay < _day ? "not_settled_after_grace" : "not_in_report", record.Amount, null,
            ("merchant_reference", record.MerchantReference), ("provider_txn_id", record.ProviderTxnId), ("record_business_day", record.BusinessDay));
    }

    private void ResolveMissing(LedgerRecord record, string note)
    {
        if (record.OpenMissing is { } missing)
        {
            missing.SystemResolution = $"resolved by system on {_day:yyyy-MM-dd}: {note}";
            record.OpenMissing = null;
        }
    }

    private static void WaitForSource(IEnumerable<LedgerRecord> records)
    {
        foreach (var record in records)
        {
            record.Awaiting = true;
        }
    }

    private long DayAmount(LedgerRecord record) => record.BusinessDay == _day && record.Succeeded ? record.Amount : 0;

    // ---- Level 2: statements -----------------------------------------------------------------------------

    private static StagedStatement StageStatement(CollectionAccountConfig account, InputFile file)
    {
        // Staged whole: reversals pair with entries before or after them, and every balance must check before
        // any entry is classified. A day's statement is bounded (about 10^5 entries), unlike a provider report.
        using var stream = file.Open();
        var reader = BankStatementReader.Open(account.Format, stream, file.FileName, account.Account);
        var entries = reader.ReadEntries().ToList();
        return new StagedStatement(entries, reader.Opening, reader.Closing);
    }

    private void MatchStatement(CollectionAccountConfig account, StagedStatement statement)
    {
        _accountsRead.Add(account.Account);
        var source = WireNames.BankSource(account.Account);
        var summary = new StatementSummary { Opening = statement.Opening, Closing = statement.Closing };
        _report.Statement[source] = summary;
        var table = _transferTables[account.Account];
        var reversed = PairReversals(statement.Entries, source);
        var advices = _todayAdvices.Concat(_state.PendingAdvices).Where(a => a.Account == account.Account && a.Line.PayoutDate <= _day).ToList();
        var touched = new List<(LedgerRecord Record, string Account)>();
        foreach (var entry in statement.Entries)
        {
            if (entry.Direction == EntryDirection.Debit)
            {
                summary.Debits.Add(entry.Amount);
                if (!reversed.Contains(entry))
                {
                    MatchDebit(entry, source);
                }

                continue;
            }

            summary.Credits.Add(entry.Amount);
            if (reversed.Contains(entry))
            {
                summary.CreditsByClass["reversed"].Add(entry.Amount);
                continue;
            }

            var remark = RemarkText.Normalize(entry.Remark);
            var customer = RemarkText.Normalize(entry.CustomerReference);
            if (!entry.IsReversal && TryMatchPayout(entry, string.Concat(customer, remark, RemarkText.Normalize(entry.EndToEndId)), advices, account))
            {
                summary.CreditsByClass["payout"].Add(entry.Amount);
                continue;
            }

            var reason = "unpaired_reversal";
            var record = entry.IsReversal ? null : FindTransferAttempt(entry, remark, customer, out reason);
            if (record is null)
            {
                summary.CreditsByClass["unmatched"].Add(entry.Amount);
                Raise(ExceptionType.UnmatchedBankCredit, source, entry.BankReference, reason, null, entry.Amount,
                    ("account", account.Account), ("remark", entry.Remark), ("value_date", entry.ValueDate));
                continue;
            }

            summary.CreditsByClass["bank_transfer"].Add(entry.Amount);
            table.SettlementTotal = checked(table.SettlementTotal + entry.Amount);
            ApplyCredit(record, entry, account.Account, source, table, touched);
        }

        foreach (var (record, receiving) in touched)
        {
            Judge(record, receiving, source);
        }
    }

    /// <summary>
    /// Attempts of this account that no statement of the day credited. Run after every statement is matched: a
    /// transfer may land on another PayGov account than the one in its QR.
    /// </summary>
    private void SettleTransfersWithoutCredit(CollectionAccountConfig account)
    {
        var source = WireNames.BankSource(account.Account);
        var table = _transferTables[account.Account];
        foreach (var record in _dayRecords[PaymentChannel.BankTransfer].Concat(_carried.Where(r => r.Provider == PaymentChannel.BankTransfer))
            .Where(r => r.Kind == RecordKind.Payment && r.CollectionAccount == account.Account))
        {
            if (record.Transfer is null)
            {
                Unsettled(record, source, table);
            }
            else if (record.Transfer.LastCreditDay < _day && record.BusinessDay == _day)
            {
                // Credited on an earlier statement, before the gateway recorded its success: an early settlement.
                table.Add(EarlySettlement, record.Amount, 0);
            }
        }
    }

    private HashSet<BankStatementEntry> PairReversals(List<BankStatementEntry> entries, string source)
    {
        var reversed = new HashSet<BankStatementEntry>(ReferenceEqualityComparer.Instance);
        var reversals = entries.Where(e => e.IsReversal).ToList();
        if (reversals.Count == 0)
        {
            return reversed;
        }

        var byReference = new Dictionary<string, BankStatementEntry>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => !e.IsReversal))
        {
            byReference.TryAdd(entry.BankReference, entry);
        }

        foreach (var reversal in reversals)
        {
            foreach (var token in Tokens(string.Join(' ', reversal.SupplementaryDetails, reversal.Remark, reversal.CustomerReference)))
            {
                if (byReference.TryGetValue(token, out var original) && original.Amount == reversal.Amount
                    && original.Direction != reversal.Direction && !reversed.Contains(original))
                {
                    reversed.Add(original);
                    reversed.Add(reversal);
                    if (original.Direction == EntryDirection.Credit
                        && FindTransferAttempt(original, RemarkText.Normalize(original.Remark), RemarkText.Normalize(original.CustomerReference), out _) is { } paid)
                    {
                        ReversedPayment(paid, original.Amount, original.BankReference, source);
                    }

                    break;
                }

                if (reversal.Direction == EntryDirection.Debit && _state.Credits.TryGetValue(token, out var earlier) && earlier.Amount == reversal.Amount)
                {
                    reversed.Add(reversal);
                    _state.Credits.Remove(token);
                    if (earlier.PaidRecord is { Transfer: { } progress } paid)
                    {
                        progress.CreditTotal = checked(progress.CreditTotal - earlier.Amount);
                        ReversedPayment(paid, earlier.Amount, token, source);
                    }

                    break;
                }
            }
        }

        return reversed;
    }

    private void ReversedPayment(LedgerRecord record, long amount, string bankReference, string source) =>
        Raise(ExceptionType.StatusMismatch, source, record.RecordId, "reversed_by_bank", record.Amount, amount,
            ("merchant_reference", record.MerchantReference), ("bank_reference", bankReference), ("gateway_status", WireNames.Of(record.Status)));

    private static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var alphanumeric = i < text.Length && char.IsAsciiLetterOrDigit(text[i]);
            if (alphanumeric && start < 0)
            {
                start = i;
            }
            else if (!alphanumeric && start >= 0)
            {
                var token = text[start..i];
                yield return token;
                var upper = token.ToUpperInvariant();
                if (upper != token)
                {
                    yield return upper;
                }

                start = -1;
            }
        }
    }

    private bool TryMatchPayout(BankStatementEntry entry, string text, List<PayoutAdvice> advices, CollectionAccountConfig account)
    {
        PayoutAdvice? advice = null;
        foreach (var candidate in advices)
        {
            if (!_creditedAdvices.Contains(candidate) && candidate.NormalizedBatch.Length > 0 && text.Contains(candidate.NormalizedBatch, StringComparison.Ordinal))
            {
                advice = candidate;
                break;
            }
        }

        if (advice is null && entry.CounterpartyAccount.Length > 0)
        {
            var byAccount = advices.Where(a => !_creditedAdvices.Contains(a) && a.Line.Gross == entry.Amount && a.Line.PayoutDate == entry.ValueDate
                && _config.Provider(a.Provider)?.SettlementAccount == entry.CounterpartyAccount).Take(2).ToList();
            advice = byAccount.Count == 1 ? byAccount[0] : null;
        }

        if (advice is null)
        {
            return false;
        }

        _creditedAdvices.Add(advice);
        var batch = advice.Line.PayoutBatchId;
        var details = new (string, object?)[] { ("account", account.Account), ("executed_on", advice.Line.PayoutDate), ("bank_reference", entry.BankReference), ("covered_day", advice.Line.CoveredDay) };
        if (entry.Amount != advice.Line.Gross)
        {
            Raise(ExceptionType.PayoutMismatch, WireNames.Of(advice.Provider), batch, "amount", advice.Line.Gross, entry.Amount, details);
        }
        else if (_state.BatchNets.TryGetValue(batch, out var net) && net != advice.Line.Gross)
        {
            Raise(ExceptionType.PayoutMismatch, WireNames.Of(advice.Provider), batch, "batch_total", net, entry.Amount, details);
        }

        return true;
    }

    private LedgerRecord? FindTransferAttempt(BankStatementEntry entry, string remark, string customer, out string reason)
    {
        var references = RemarkText.FindReferences(remark);
        foreach (var reference in RemarkText.FindReferences(customer))
        {
            if (!references.Contains(reference))
            {
                references.Add(reference);
            }
        }

        LedgerRecord? found = null;
        var known = 0;
        foreach (var reference in references)
        {
            if (_state.PaymentsByReference.TryGetValue(reference, out var record) && record.Provider == PaymentChannel.BankTransfer && InLookback(record))
            {
                known++;
                found = record;
            }
        }

        if (known == 1)
        {
            reason = "";
            return found;
        }

        if (known > 1)
        {
            reason = "ambiguous_reference";
            return null;
        }

        // PayGov rule: the bank reference the gateway recorded from the bank notification identifies the attempt.
        if (_state.PaymentsByTxn.TryGetValue(entry.BankReference, out var byTxn) && byTxn.Provider == PaymentChannel.BankTransfer && InLookback(byTxn))
        {
            reason = "";
            return byTxn;
        }

        reason = references.Count > 0 ? "unknown_reference" : "no_reference";
        return null;
    }

    private void ApplyCredit(LedgerRecord record, BankStatementEntry entry, string account, string source, ReconciliationTable table, List<(LedgerRecord, string)> touched)
    {
        if (record.CreditTotal >= record.Amount && record.CreditTotal > 0)
        {
            // Already paid in full: the citizen paid again and must be refunded.
            table.Add(WireNames.Of(ExceptionType.Duplicate), 0, entry.Amount);
            _state.Credits[entry.BankReference] = new BankCredit(entry.Amount, null, account, _day);
            Raise(ExceptionType.Duplicate, source, entry.BankReference, "paid_twice", null, entry.Amount,
                ("merchant_reference", record.MerchantReference), ("record_id", record.RecordId), ("first_credit", record.Transfer?.LastCreditReference));
            return;
        }

        var progress = record.Transfer ??= new TransferProgress();
        if (progress.LastCreditDay != _day || progress.LastCreditAccount != account)
        {
            progress.CreditsToday = 0;
            touched.Add((record, account));
        }

        progress.CreditTotal = checked(progress.CreditTotal + entry.Amount);
        progress.CreditsToday = checked(progress.CreditsToday + entry.Amount);
        progress.LastCreditDay = _day;
        progress.LastCreditReference = entry.BankReference;
        progress.LastCreditAccount = account;
        _state.Credits[entry.BankReference] = new BankCredit(entry.Amount, record, account, _day);
    }

    /// <summary>The table of README section 7.2, once per attempt on the day of its last credit.</summary>
    private void Judge(LedgerRecord record, string account, string source)
    {
        var progress = record.Transfer!;
        var total = progress.CreditTotal;
        var amount = record.Amount;
        (ExceptionType? type, string reason) = record.Status switch
        {
            RecordStatus.Succeeded when total == amount => (record.BusinessDay < _day ? ExceptionType.LateSettlement : (ExceptionType?)null, "settled_late"),
            RecordStatus.Succeeded when total > amount => (ExceptionType.AmountMismatch, "overpaid"),
            RecordStatus.Succeeded => (ExceptionType.AmountMismatch, "underpaid"),
            RecordStatus.Processing when total < amount => (ExceptionType.AmountMismatch, "underpaid"),
            RecordStatus.Processing => (ExceptionType.StatusMismatch, "not_recorded"),
            _ => (ExceptionType.StatusMismatch, "closed_but_paid"),
        };
        var category = type is { } t ? WireNames.Of(t) : Matched;
        var gateway = DayAmount(record);
        if (record.Kind == RecordKind.Payment && record.CollectionAccount == account)
        {
            _transferTables[account].Add(category, gateway, progress.CreditsToday);
        }
        else
        {
            // Money that landed on another PayGov account: each table keeps its own side of the same item.
            _transferTables[account].Add(category, 0, progress.CreditsToday);
            if (gateway > 0 && _transferTables.TryGetValue(record.CollectionAccount, out var own))
            {
                own.Add(category, gateway, 0, 0);
            }
        }

        record.Awaiting = false;
        ExceptionRecord? raised = null;
        if (type is { } raisedType)
        {
            raised = Raise(raisedType, source, record.RecordId, reason, amount, total,
                ("merchant_reference", record.MerchantReference), ("bank_reference", progress.LastCreditReference), ("gateway_status", WireNames.Of(record.Status)),
                ("record_business_day", record.BusinessDay));
        }

        if (total >= amount && progress.OpenUnderpaid is { } underpaid)
        {
            underpaid.SystemResolution = $"resolved by system on {_day:yyyy-MM-dd}: completed by credit {progress.LastCreditReference}";
            progress.OpenUnderpaid = null;
        }

        if (reason == "underpaid")
        {
            progress.OpenUnderpaid = raised;
        }

        ResolveMissing(record, $"credited by {progress.LastCreditReference} on {source}");
    }

    private void MatchDebit(BankStatementEntry entry, string source)
    {
        foreach (var token in Tokens(string.Join(' ', entry.Remark, entry.CustomerReference)))
        {
            if (!_state.RefundsByReference.TryGetValue(token, out var refund) || refund.Provider != PaymentChannel.BankTransfer || refund.SettledBySuccess)
            {
                continue;
            }

            refund.SettledBySuccess = true;
            refund.SettledTxnId = entry.BankReference;
            refund.SettledOn = _day;
            refund.Awaiting = false;
            var reason = !refund.Succeeded ? "status" : entry.Amount != refund.Amount ? "amount" : null;
            if (reason is not null)
            {
                Raise(ExceptionType.RefundMismatch, source, refund.RecordId, reason, refund.Amount, entry.Amount,
                    ("refund_reference", refund.MerchantReference), ("bank_reference", entry.BankReference), ("original_record_id", refund.OriginalRecordId));
            }

            return;
        }
    }

    private void SettleAdvicesWithoutCredit()
    {
        var pending = new List<PayoutAdvice>();
        foreach (var advice in _state.PendingAdvices.Concat(_todayAdvices))
        {
            if (_creditedAdvices.Contains(advice))
            {
                continue;
            }

            var waited = _day.DayNumber - advice.Line.PayoutDate.DayNumber;
            if (!_accountsRead.Contains(advice.Account) || waited < _config.PayoutGraceDays)
            {
                pending.Add(advice);
                continue;
            }

            Raise(ExceptionType.PayoutMismatch, WireNames.Of(advice.Provider), advice.Line.PayoutBatchId, "credit_missing", advice.Line.Gross, null,
                ("account", advice.Account), ("executed_on", advice.Line.PayoutDate), ("covered_day", advice.Line.CoveredDay));
        }

        _state.PendingAdvices = pending;
    }

    // ---- Report ------------------------------------------------------------------------------------------

    private void FinishReport()
    {
        var g = _report.Gateway;
        g.Net = g.Payments.Amount - g.Refunds.Amount;
        foreach (var row in _report.ByProvider.Values.Concat(_report.ByPortal.Values))
        {
            row.Net = row.PaymentsAmount - row.RefundsAmount;
        }

        foreach (var row in _report.ByFeeCode.Values)
        {
            row.Net = row.PaymentsAmount - row.RefundsAmount;
        }

        foreach (var row in _budget.Values)
        {
            row.Net = row.PaymentsAmount - row.RefundsAmount;
        }

        _report.ByBudget.AddRange(_budget.Values
            .OrderBy(b => b.TreasuryCode, StringComparer.Ordinal).ThenBy(b => b.BudgetChapter, StringComparer.Ordinal)
            .ThenBy(b => b.BudgetSubItem, StringComparer.Ordinal).ThenBy(b => b.RevenueAgency, StringComparer.Ordinal)
            .ThenBy(b => b.AreaCode, StringComparer.Ordinal));
        foreach (var (provider, summary) in _report.Settlement)
        {
            var tables = _report.Reconciliation[provider];
            tables["payments"].GatewayTotal = _report.ByProvider[provider].PaymentsAmount;
            tables["payments"].SettlementTotal = summary.PaymentGross;
            tables["refunds"].GatewayTotal = _report.ByProvider[provider].RefundsAmount;
            tables["refunds"].SettlementTotal = summary.RefundGross;
        }

        foreach (var (account, table) in _transferTables)
        {
            table.GatewayTotal = _transferGateway.GetValueOrDefault(account);
            _report.Reconciliation[WireNames.BankSource(account)] = new SortedDictionary<string, ReconciliationTable>(StringComparer.Ordinal) { ["bank_transfers"] = table };
        }

        ReportFooting.Check(_report);
    }

    // ---- Exceptions --------------------------------------------------------------------------------------

    private ExceptionRecord Raise(ExceptionType type, string source, string reference, string reason, long? expected, long? observed, params (string Key, object? Value)[] details)
    {
        // (type, source, day, ref) is the exception's identity, the key a store de-duplicates on: a line listed a
        // third time adds to the duplicate already raised instead of raising a second one with the same identity.
        if (_byIdentity.TryGetValue((type, source, reference), out var existing))
        {
            var merged = new ExceptionRecord
            {
                Type = type,
                Source = source,
                BusinessDay = _day,
                Reference = reference,
                Reason = existing.Reason,
                ExpectedAmount = existing.ExpectedAmount,
                ObservedAmount = existing.ObservedAmount is { } a && observed is { } b ? checked(a + b) : existing.ObservedAmount ?? observed,
                Details = existing.Details,
            };
            merged.Details["occurrences"] = (existing.Details.TryGetValue("occurrences", out var count) ? (int)count : 1) + 1;
            _raised[_raised.IndexOf(existing)] = merged;
            _byIdentity[(type, source, reference)] = merged;
            return merged;
        }

        var raised = new ExceptionRecord
        {
            Type = type,
            Source = source,
            BusinessDay = _day,
            Reference = reference,
            Reason = reason,
            ExpectedAmount = expected,
            ObservedAmount = observed,
            Details = Details(details),
        };
        _raised.Add(raised);
        _byIdentity.Add((type, source, reference), raised);
        return raised;
    }

    private static SortedDictionary<string, object> Details(params (string Key, object? Value)[] details)
    {
        var map = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in details)
        {
            if (value is not null and not "")
            {
                map[key] = value;
            }
        }

        return map;
    }

    private (string, object?)[] LineDetails(LedgerRecord? record, SettlementLine line, params (string, object?)[] extra) =>
        [("merchant_reference", line.MerchantReference.Length > 0 ? line.MerchantReference : record?.MerchantReference), ("provider_txn_id", line.ProviderTxnId),
            ("report_day", _day), ("line", line.Line), ("file_line", line.FileLine), .. extra];

    private (string, object?)[] RefundDetails(LedgerRecord? refund, SettlementLine line) =>
        [("refund_reference", line.RefundReference.Length > 0 ? line.RefundReference : refund?.MerchantReference), ("provider_txn_id", line.ProviderTxnId),
            ("original_record_id", refund?.OriginalRecordId), ("original_provider_txn_id", line.OriginalProviderTxnId),
            ("merchant_reference", line.MerchantReference), ("report_day", _day), ("line", line.Line), ("file_line", line.FileLine)];

    private sealed record StagedStatement(List<BankStatementEntry> Entries, long Opening, long Closing);
}
