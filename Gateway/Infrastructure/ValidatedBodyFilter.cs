namespace PayGov.Gateway.Infrastructure;

/// <summary>Answers a rejected <see cref="JsonBody{T}"/> with its problem before the handler runs.</summary>
public sealed class ValidatedBodyFilter<T> : IEndpointFilter
    where T : class, IValidatedRequest
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var argument in context.Arguments)
        {
            if (argument is JsonBody<T> { Error: { } error })
            {
                return Problems.From(error);
            }
        }

        return await next(context);
    }
}
