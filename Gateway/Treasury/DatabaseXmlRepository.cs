using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// The Data Protection key ring in <c>data_protection_keys</c>: a node that signs a cookie in and a node that reads it
/// use the same keys. The interface is synchronous by design of ASP.NET Core; it is called when the ring is loaded or
/// rotated (rarely), not per request. Keys are stored as the framework writes them (like the framework's own EF Core
/// store): protect the database as the secret it then is.
/// </summary>
public sealed class DatabaseXmlRepository(IServiceScopeFactory scopes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PayGovDbContext>();
        return db.DataProtectionKeys.OrderBy(k => k.Id).Select(k => k.Xml).ToList().Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PayGovDbContext>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
