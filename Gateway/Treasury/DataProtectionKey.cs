namespace PayGov.Gateway.Treasury;

/// <summary>One ASP.NET Core Data Protection key ring element, kept in the database so every node reads every cookie.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; init; }

    public required string FriendlyName { get; init; }

    public required string Xml { get; init; }
}
