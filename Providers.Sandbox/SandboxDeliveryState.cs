namespace PayGov.Providers.Sandbox;

/// <summary>Where a callback's delivery stands.</summary>
public enum SandboxDeliveryState
{
    /// <summary>Not accepted yet; another attempt will follow.</summary>
    Retrying,

    /// <summary>The merchant accepted it.</summary>
    Delivered,

    /// <summary>The sender stopped: an answer it does not retry, or no attempt left.</summary>
    GivenUp,
}
