namespace PayGov.Gateway.Infrastructure;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// Every problem gets a <c>code</c> (the framework adds <c>trace_id</c>), including those the framework writes itself
    /// (unknown route, wrong method, Kestrel's limits), so clients can always branch on <c>code</c>.
    /// </summary>
    public static IServiceCollection AddPayGovProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            var status = problem.Status ?? StatusCodes.Status500InternalServerError;
            problem.Extensions.TryAdd(Problems.CodeKey, ErrorCodes.ForStatus(status));
            problem.Title ??= Problems.TitleOf(status);
            if (status >= StatusCodes.Status500InternalServerError)
            {
                // An exception's message may carry internals; the trace id is enough to find it in the logs.
                problem.Detail = "An internal error occurred. Quote the traceId when you report it.";
            }
        });
}
