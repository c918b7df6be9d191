namespace PayGov.Gateway.Tests.Fixtures;

/// <summary>Tests that run several gateway processes; alone, so their timing is not at the mercy of the rest of the suite.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiNodeCollection
{
    public const string Name = "several gateway processes";
}
