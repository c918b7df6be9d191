namespace PayGov.Client;

/// <summary>One page of a list, newest first.</summary>
/// <typeparam name="T">The kind of object listed.</typeparam>
public sealed class PayGovList<T> : PayGovEntity
{
    /// <summary>Gets the wire name of this object's kind, always <c>list</c>.</summary>
    public string Object { get; init; } = "list";

    /// <summary>Gets the objects of this page, newest first; empty, never <see langword="null"/>, when nothing matched.</summary>
    public IReadOnlyList<T> Data { get; init; } = [];

    /// <summary>Gets a value indicating whether a list <c>starting_after</c> the last object of this page finds more.</summary>
    public bool HasMore { get; init; }

    /// <summary>Gets the path this list was read from, for example <c>/v1/payment_intents</c>.</summary>
    public string? Url { get; init; }
}
