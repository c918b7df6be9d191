using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Matching;

/// <summary>
/// Runs consecutive nightly reconciliations, carrying their state (records known, items awaiting settlement,
/// payout advices waiting for credit, credits per attempt) from one day to the next. Days must be run in order.
/// Not thread-safe: one run at a time, as the nightly job holds a leader lock.
/// </summary>
public sealed class ReconciliationEngine
{
    private readonly ReconciliationState _state = new();
    private DateOnly? _lastDay;

    /// <summary>Every exception raised so far, in (run day, type, source, ref) order.</summary>
    public IReadOnlyList<ExceptionRecord> Exceptions => _state.Exceptions;

    /// <summary>
    /// Reconciles one business day. Throws <see cref="Parsing.SettlementFileFormatException"/> when an input is
    /// refused; the run then leaves the engine's state as it was.
    /// </summary>
    public DayRunResult RunDay(DayInputs inputs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (_lastDay is { } last && inputs.BusinessDay <= last)
        {
            throw new InvalidOperationException($"Days run in order: {inputs.BusinessDay:yyyy-MM-dd} does not follow {last:yyyy-MM-dd}.");
        }

        // Lookups already ignore records beyond the lookback; forgetting them only after a run that was accepted
        // keeps a refused run from changing anything.
        var result = new DayRun(_state, inputs, cancellationToken).Run();
        _state.Exceptions.AddRange(result.Exceptions);
        ForgetBeyondLookback(inputs.BusinessDay, inputs.Config.ReferenceLookbackDays);
        _lastDay = inputs.BusinessDay;
        return result;
    }

    private void ForgetBeyondLookback(DateOnly day, int lookbackDays)
    {
        var horizon = day.AddDays(-lookbackDays);
        if (_state.ById.Count == 0 || (_lastDay is { } last && last.AddDays(-lookbackDays) >= horizon))
        {
            return;
        }

        foreach (var record in _state.ById.Values.Where(r => r.BusinessDay < horizon).ToList())
        {
            _state.ById.Remove(record.RecordId);
            Remove(record.Kind == RecordKind.Payment ? _state.PaymentsByReference : _state.RefundsByReference, record.MerchantReference, record);
            Remove(record.Kind == RecordKind.Payment ? _state.PaymentsByTxn : _state.RefundsByTxn, record.ProviderTxnId, record);
        }

        foreach (var (intent, _) in _state.FirstPaymentOfIntent.Where(p => p.Value.BusinessDay < horizon).ToList())
        {
            _state.FirstPaymentOfIntent.Remove(intent);
            _state.PaidIntents.Remove(intent);
        }

        foreach (var (reference, _) in _state.Credits.Where(c => c.Value.Day < horizon).ToList())
        {
            _state.Credits.Remove(reference);
        }

        static void Remove(Dictionary<string, LedgerRecord> map, string key, LedgerRecord record)
        {
            if (map.TryGetValue(key, out var held) && ReferenceEquals(held, record))
            {
                map.Remove(key);
            }
        }
    }
}
