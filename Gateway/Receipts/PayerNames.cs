namespace PayGov.Gateway.Receipts;

/// <summary>Public pages show a payer as family name and initials (<c>Nguyễn V. A.</c>): recognisable to the payer, little to anyone else.</summary>
public static class PayerNames
{
    public static string Shorten(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0
            ? string.Empty
            : string.Join(' ', words.Select((word, index) => index == 0 ? word : char.ToUpperInvariant(word[0]) + "."));
    }
}
