namespace PayGov.Gateway.Portals;

/// <summary>The demo portal the embedded default creates on first start, so the README walkthrough works as written.</summary>
public sealed class DemoPortalOptions
{
    public const string SectionName = "DemoPortal";
    public const string PortalId = "demo";

    /// <summary>Null means: on with SQLite (a developer's machine), off with PostgreSQL (a deployment).</summary>
    public bool? Enabled { get; set; }
}
