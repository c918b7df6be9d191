using Microsoft.Playwright;

namespace PayGov.Browser.Tests;

/// <summary>axe-core (vendored in <c>Axe/</c>, MPL-2.0) run in the page: WCAG 2.0/2.1 A and AA rules.</summary>
public static class AccessibilityAudit
{
    private static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "Axe", "axe.min.js");

    /// <summary>The serious and critical violations, one line each (rule, impact, first offending element).</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxePath });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
              return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => v.id + " (" + v.impact + "): " + (v.nodes[0] ? v.nodes[0].html : ""));
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
