using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PayGov.Providers.Sandbox.Settlements;

/// <summary>A provider's daily settlement file as the sandbox serves it: its name and its bytes, encoding included.</summary>
/// <param name="FileName">The name the provider gives the day's report, e.g. <c>momo_20250314.csv</c>.</param>
/// <param name="Content">The bytes, exactly as the format page says (BOM or none, line ends).</param>
internal sealed record SandboxSettlementFile(string FileName, byte[] Content)
{
    /// <summary>
    /// <c>GET …/settlements/{yyyy-MM-dd}</c>: 400 for a malformed day; otherwise the day's file, which for a day without
    /// transactions is the layout's empty report (title or header and zero totals), never a 404.
    /// </summary>
    public static Results<FileContentHttpResult, BadRequest> Serve(string day, Func<DateOnly, SandboxSettlementFile> write)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reportDay))
        {
            return TypedResults.BadRequest();
        }

        var file = write(reportDay);
        return TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }
}
