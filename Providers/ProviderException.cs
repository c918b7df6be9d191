namespace PayGov.Providers;

/// <summary>
/// Root of every exception of <c>PayGov.Providers</c>. An exception means "we do not know what the provider
/// decided"; a provider's decision (declined, expired) is a result, never an exception.
/// </summary>
public class ProviderException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="providerId">The provider concerned.</param>
    /// <param name="applied">Whether the call may have taken effect at the provider.</param>
    /// <param name="message">What went wrong, without secrets or personal data.</param>
    /// <param name="providerCode">The provider's own code, when it gave one.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ProviderException(
        ProviderId providerId,
        ProviderApplied applied,
        string message,
        string? providerCode = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ProviderId = providerId;
        Applied = applied;
        ProviderCode = providerCode;
    }

    /// <summary>The provider concerned.</summary>
    public ProviderId ProviderId { get; }

    /// <summary>The provider's own result code, or <see langword="null"/> when it gave none.</summary>
    public string? ProviderCode { get; }

    /// <summary><see cref="ProviderApplied.No"/> may fail over; <see cref="ProviderApplied.Unknown"/> must be settled by a query first.</summary>
    public ProviderApplied Applied { get; }
}
