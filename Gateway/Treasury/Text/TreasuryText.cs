using System.Globalization;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// Every sentence a treasury user reads, in Vietnamese (the default) and English. A partial class with one file per
/// page area (<c>Treasury/Text/*Text.cs</c>): each file declares its area's record — both languages side by side,
/// every property <c>required</c>, so a missing translation is a compile error — and the property here that picks
/// the reader's language. A new area adds a file; no other file changes.
/// </summary>
public sealed partial class TreasuryText
{
    public static readonly TreasuryText Vietnamese = new(PageLanguage.Vietnamese);
    public static readonly TreasuryText English = new(PageLanguage.English);

    private TreasuryText(PageLanguage language) => Language = language;

    public PageLanguage Language { get; }

    /// <summary>The page's <c>lang</c>.</summary>
    public string Lang => LanguageSwitch.Code(Language);

    /// <summary>The table of the language the reader chose (<see cref="LanguageSwitch"/>, shared with the citizen pages).</summary>
    public static TreasuryText Of(HttpContext context) => For(LanguageSwitch.Resolve(context));

    public static TreasuryText For(PageLanguage language) => language == PageLanguage.English ? English : Vietnamese;

    public static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private T Pick<T>(T vietnamese, T english) => Language == PageLanguage.English ? english : vietnamese;
}
