namespace PayGov.Gateway.Infrastructure;

/// <summary>One page of a list, newest first; <see cref="HasMore"/> says whether <c>starting_after</c> the last id finds more.</summary>
public sealed record Page<T>(IReadOnlyList<T> Data, bool HasMore, string Url)
{
    public string Object => "list";

    /// <summary>The same page of what each row is shown as.</summary>
    public Page<TShown> Select<TShown>(Func<T, TShown> shown) => new(Data.Select(shown).ToList(), HasMore, Url);
}
