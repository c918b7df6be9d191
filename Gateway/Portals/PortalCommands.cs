using PayGov.Gateway.Cli;
using PayGov.Gateway.Infrastructure.Auth;

namespace PayGov.Gateway.Portals;

/// <summary>
/// <c>portals create</c> (<c>--method</c> repeated limits its citizens to those methods) and <c>portals rotate-key</c>:
/// the key is printed once and never stored in clear.
/// </summary>
public static class PortalCommands
{
    private static readonly IReadOnlySet<string> Flags = new HashSet<string>(StringComparer.Ordinal) { "live" };

    public static async Task<int> RunAsync(PortalService portals, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(portals);
        ArgumentNullException.ThrowIfNull(output);
        var options = new CommandArguments(args, Flags);
        var verb = options.Positional.FirstOrDefault() ?? throw new CommandLineException("portals needs a verb: create or rotate-key.");
        var mode = options.Has("live") ? ApiKeyMode.Live : ApiKeyMode.Test;
        switch (verb)
        {
            case "create":
                var name = options.Required("name");
                var id = options.Optional("id") ?? Slug(name);
                var created = await portals.CreateAsync(id, name, options.All("return-host"), mode, cancellationToken);
                if (!created.IsSuccess)
                {
                    throw new CommandLineException(created.Error.Detail);
                }

                if (options.All("method") is { Count: > 0 } methods)
                {
                    var limited = await portals.SetAllowedMethodsAsync(created.Value.Portal.Id, methods, cancellationToken);
                    if (!limited.IsSuccess)
                    {
                        throw new CommandLineException(limited.Error.Detail);
                    }
                }

                await output.WriteLineAsync($"portal: {created.Value.Portal.Id}{Environment.NewLine}key:    {created.Value.Key}{Environment.NewLine}(shown once; store it in the portal's secret store)");
                return 0;
            case "rotate-key":
                var overlapText = options.Optional("overlap") ?? "1.00:00:00";
                if (!TimeSpan.TryParse(overlapText, System.Globalization.CultureInfo.InvariantCulture, out var overlap) || overlap < TimeSpan.Zero)
                {
                    throw new CommandLineException("--overlap is a duration such as 1.00:00:00 (one day).");
                }

                var rotated = await portals.RotateKeyAsync(options.Required("id"), mode, overlap, cancellationToken);
                if (!rotated.IsSuccess)
                {
                    throw new CommandLineException(rotated.Error.Detail);
                }

                await output.WriteLineAsync($"key: {rotated.Value}{Environment.NewLine}(older {mode.ToString().ToUpperInvariant()} keys stop working after {overlap})");
                return 0;
            default:
                throw new CommandLineException($"Unknown verb '{verb}'.");
        }
    }

    private static string Slug(string name)
    {
        var ascii = new string(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c))
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')
            .ToArray());
        var slug = string.Join('-', ascii.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }
}
