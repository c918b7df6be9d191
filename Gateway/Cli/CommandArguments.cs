namespace PayGov.Gateway.Cli;

/// <summary>The options of an operator command: <c>--name value</c> pairs (repeatable) and bare <c>--flags</c>.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    public CommandArguments(IEnumerable<string> args, IReadOnlySet<string> flagNames)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(flagNames);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(arg);
            }
            else if (flagNames.Contains(arg[2..]))
            {
                flags.Add(arg[2..]);
            }
            else if (e.MoveNext())
            {
                if (!values.TryGetValue(arg[2..], out var list))
                {
                    values[arg[2..]] = list = [];
                }

                list.Add(e.Current);
            }
            else
            {
                throw new CommandLineException($"{arg} needs a value.");
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string Required(string name) =>
        Optional(name) ?? throw new CommandLineException($"--{name} is required.");

    public string? Optional(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    public IReadOnlyList<string> All(string name) => values.TryGetValue(name, out var list) ? list : [];

    public bool Has(string flag) => flags.Contains(flag);
}
