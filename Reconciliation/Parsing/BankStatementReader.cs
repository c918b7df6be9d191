namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// Reads one collection account's statement. <see cref="ReadEntries"/> streams booked entries in booking order and
/// checks the account, the currency and every balance; <see cref="Opening"/> and <see cref="Closing"/> hold the
/// statement's first opening and final closing once the enumeration has completed.
/// </summary>
public abstract class BankStatementReader
{
    protected BankStatementReader(string fileName, string account)
    {
        FileName = fileName;
        Account = account;
    }

    public string FileName { get; }

    /// <summary>The configured account; a statement of any other account is refused.</summary>
    public string Account { get; }

    public long Opening { get; protected set; }
    public long Closing { get; protected set; }

    public abstract IEnumerable<Model.BankStatementEntry> ReadEntries();

    /// <summary>Opens a reader for the configured format: <c>mt940</c> or <c>camt.053.001.08</c>.</summary>
    public static BankStatementReader Open(string format, Stream stream, string fileName, string account) => format switch
    {
        "mt940" => new Mt940StatementReader(stream, fileName, account),
        "camt.053.001.08" => new Camt053StatementReader(stream, fileName, account),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Supported statement formats: mt940, camt.053.001.08."),
    };
}
