namespace PayGov.Gateway.Infrastructure;

public static class ValidatedBodyExtensions
{
    /// <summary>Answers a malformed or invalid <typeparamref name="T"/> body with its problem, and documents the body.</summary>
    public static RouteHandlerBuilder WithValidatedBody<T>(this RouteHandlerBuilder builder)
        where T : class, IValidatedRequest =>
        builder.AddEndpointFilter<ValidatedBodyFilter<T>>().Accepts<T>("application/json");
}
