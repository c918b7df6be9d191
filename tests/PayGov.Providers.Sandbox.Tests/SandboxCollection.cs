namespace PayGov.Providers.Sandbox.Tests;

/// <summary>One sandbox for every test; serial, because fault switches are global to a provider.</summary>
[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
