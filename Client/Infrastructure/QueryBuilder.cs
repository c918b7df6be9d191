using System.Globalization;
using System.Text;

namespace PayGov.Client.Infrastructure;

/// <summary>Builds a query string with invariant formatting; a parameter whose value is null is left out.</summary>
internal sealed class QueryBuilder
{
    private readonly StringBuilder text = new();

    public void Add(string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        text.Append(text.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
    }

    public void Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    // The API reads ISO 8601; UTC with a 'Z' avoids a '+' that a lax proxy could turn into a space.
    public void Add(string name, DateTimeOffset? value) =>
        Add(name, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    public override string ToString() => text.ToString();
}
