namespace PayGov.Providers;

/// <summary>The provider answered something that does not follow its published protocol (missing field, bad format).</summary>
public sealed class ProviderProtocolException : ProviderException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="providerId">The provider concerned.</param>
    /// <param name="applied">Whether the call may have taken effect at the provider.</param>
    /// <param name="message">What went wrong, without secrets or personal data.</param>
    /// <param name="providerCode">The provider's own code, when it gave one.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ProviderProtocolException(
        ProviderId providerId,
        ProviderApplied applied,
        string message,
        string? providerCode = null,
        Exception? innerException = null)
        : base(providerId, applied, message, providerCode, innerException)
    {
    }
}
