namespace PayGov.Gateway.Web;

/// <summary>The two languages of every page: Vietnamese by default, English on the switch.</summary>
public enum PageLanguage
{
    Vietnamese,
    English,
}
