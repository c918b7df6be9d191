namespace PayGov.Reconciliation.Matching;

/// <summary>
/// One input file of a run. <see cref="Open"/> is called more than once: provider reports are read twice (validate,
/// then match), so the engine never has to hold a whole report in memory. Each call returns a new stream the engine
/// disposes.
/// </summary>
public sealed record InputFile(string FileName, Func<Stream> Open)
{
    public static InputFile FromPath(string path) => new(Path.GetFileName(path), () => File.OpenRead(path));
}
