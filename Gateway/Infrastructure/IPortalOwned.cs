namespace PayGov.Gateway.Infrastructure;

/// <summary>A row that belongs to one portal in one mode: a portal's key reads its own and nothing else.</summary>
public interface IPortalOwned : IHasId
{
    string PortalId { get; }

    bool Livemode { get; }
}
