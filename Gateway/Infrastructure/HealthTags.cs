namespace PayGov.Gateway.Infrastructure;

/// <summary>Health check tags: <c>/readyz</c> runs the checks tagged <see cref="Ready"/>; <c>/healthz</c> runs none.</summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
