namespace PayGov.Client.Infrastructure;

/// <summary>The JSON body <c>{}</c> of a POST whose route takes no parameters.</summary>
internal sealed class EmptyBody
{
    public static EmptyBody Instance { get; } = new();
}
