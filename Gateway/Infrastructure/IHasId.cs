namespace PayGov.Gateway.Infrastructure;

/// <summary>A stored row named by a prefixed, time-ordered id (<see cref="Ids"/>): lists page by it, newest first.</summary>
public interface IHasId
{
    string Id { get; }
}
