using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace PayGov.Gateway.Infrastructure;

/// <summary>Builds RFC 9457 problem results from expected failures, so every 4xx has the same shape.</summary>
public static class Problems
{
    public const string CodeKey = "code";
    public const string ParamKey = "param";

    public static ProblemHttpResult From(ApiError error)
    {
        var status = ErrorCodes.StatusOf(error.Code);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = TitleOf(status),
            Detail = error.Detail,
            Type = $"https://paygov.vn/docs/errors#{error.Code}",
        };
        problem.Extensions[CodeKey] = error.Code;
        if (error.Param is not null)
        {
            problem.Extensions[ParamKey] = error.Param;
        }

        foreach (var (name, value) in error.Extensions ?? new Dictionary<string, object>())
        {
            problem.Extensions[name] = value;
        }

        return TypedResults.Problem(problem);
    }

    public static string TitleOf(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        413 => "Payload too large",
        415 => "Unsupported media type",
        422 => "Unprocessable content",
        429 => "Too many requests",
        502 => "Bad gateway",
        _ => "Internal server error",
    };
}
