namespace PayGov.Reconciliation.Reports;

/// <summary>A report whose totals do not foot or cross-foot: the engine refuses to publish it (README section 9).</summary>
public sealed class ReportFootingException : ReconciliationException
{
    public ReportFootingException(string check)
        : base($"The report does not foot: {check}") => Check = check;

    public string Check { get; }
}
