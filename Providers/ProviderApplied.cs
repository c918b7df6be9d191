namespace PayGov.Providers;

/// <summary>Whether a failed provider call may have taken effect at the provider.</summary>
public enum ProviderApplied
{
    /// <summary>Provably not applied: the caller may fail over to another provider or retry.</summary>
    No,

    /// <summary>May have been applied: settle it with a query before doing anything else.</summary>
    Unknown,
}
