namespace PayGov.Client.Webhooks;

/// <summary>Why a webhook's <c>PayGov-Signature</c> was rejected.</summary>
public enum WebhookSignatureFailure
{
    /// <summary>The header is empty, is not a list of <c>key=value</c> pairs, has no single numeric <c>t</c>, or a <c>v1</c> that is not 64 hex digits.</summary>
    MalformedHeader,

    /// <summary>The header has a timestamp but no <c>v1</c> signature.</summary>
    MissingSignature,

    /// <summary>No <c>v1</c> signature matches the body under any of the secrets: the body was changed, or the secret is wrong.</summary>
    SignatureMismatch,

    /// <summary>The signature is genuine but older than the tolerance allows: a replay, or a clock far behind.</summary>
    TimestampTooOld,

    /// <summary>The signature is genuine but dated further ahead than the tolerance allows: a clock far ahead.</summary>
    TimestampInFuture,
}
