using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PayGov.Providers.Sandbox;

/// <summary>The completion helper's answer, the same at every provider's sandbox.</summary>
internal static class SandboxCompletion
{
    /// <summary>400 for an outcome the sandbox does not know, 404 for an unknown order, 409 when the order no longer waits; else where the provider sends the browser.</summary>
    public static Results<Ok<SandboxCompletionResponse>, BadRequest, NotFound, Conflict> Answer<TOrder>(
        SandboxCompletionRequest request, TOrder? order, Func<TOrder, bool, string?> complete)
        where TOrder : class
    {
        if (request.Pays is not { } paid)
        {
            return TypedResults.BadRequest();
        }

        if (order is null)
        {
            return TypedResults.NotFound();
        }

        return complete(order, paid) is { } redirect
            ? TypedResults.Ok(new SandboxCompletionResponse(redirect))
            : TypedResults.Conflict();
    }
}
