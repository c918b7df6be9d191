namespace PayGov.Client.Webhooks;

/// <summary>A webhook failed signature verification; answer it with 400 and do not act on its body.</summary>
public sealed class WebhookSignatureException : PayGovException
{
    /// <summary>Initializes a new instance of the <see cref="WebhookSignatureException"/> class.</summary>
    /// <param name="reason">Why the signature was rejected.</param>
    /// <param name="message">What went wrong, for people; it never contains the body, a secret or a signature.</param>
    public WebhookSignatureException(WebhookSignatureFailure reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Gets why the signature was rejected.</summary>
    public WebhookSignatureFailure Reason { get; }
}
