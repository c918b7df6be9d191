using PayGov.Reconciliation.Parsing;

namespace PayGov.Gateway.Reconciliation;

/// <summary>Why a file was refused whole: the check that failed, where (1-based line; 0 for the whole file).</summary>
public sealed record FileRefusal(string File, int Line, string Field, string Problem)
{
    public static FileRefusal From(SettlementFileFormatException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new FileRefusal(exception.FileName, exception.LineNumber, exception.Field, exception.Problem);
    }
}
