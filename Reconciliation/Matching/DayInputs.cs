using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Matching;

/// <summary>
/// What a run of one business day reads (README section 3). A provider report or a statement that is absent is
/// waited for: nothing that depends on it is raised that day.
/// </summary>
public sealed class DayInputs
{
    public required DateOnly BusinessDay { get; init; }
    public required ReconciliationConfig Config { get; init; }
    public required InputFile Ledger { get; init; }
    public IReadOnlyDictionary<PaymentChannel, InputFile> ProviderReports { get; init; } = new Dictionary<PaymentChannel, InputFile>();

    /// <summary>Statements by collection account number.</summary>
    public IReadOnlyDictionary<string, InputFile> Statements { get; init; } = new Dictionary<string, InputFile>();
}
