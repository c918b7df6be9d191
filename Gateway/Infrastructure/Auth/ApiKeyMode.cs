namespace PayGov.Gateway.Infrastructure.Auth;

/// <summary>Whether a key moves real money (live) or only sandbox money (test).</summary>
public enum ApiKeyMode
{
    Test,
    Live,
}
