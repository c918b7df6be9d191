using System.Globalization;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// A file that fails an ingestion check (README section 5). The whole file is refused: nothing from it is used.
/// <see cref="LineNumber"/> is the 1-based physical line of the file (0 when the check is about the whole file).
/// </summary>
public sealed class SettlementFileFormatException : ReconciliationException
{
    public SettlementFileFormatException(string fileName, int lineNumber, string field, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"{fileName}, line {lineNumber}, field '{field}': {problem}"))
    {
        FileName = fileName;
        LineNumber = lineNumber;
        Field = field;
        Problem = problem;
    }

    public string FileName { get; }
    public int LineNumber { get; }
    public string Field { get; }
    public string Problem { get; }
}
