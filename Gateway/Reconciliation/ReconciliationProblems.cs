using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>A refused file as RFC 9457: <c>file_malformed</c> with the file, line, field and problem as members.</summary>
public static class ReconciliationProblems
{
    public static ProblemHttpResult Refused(FileRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var problem = Problems.From(new ApiError(ErrorCodes.FileMalformed, $"The file was refused whole: {refusal.Problem}", refusal.Field));
        problem.ProblemDetails.Extensions["file"] = refusal.File;
        problem.ProblemDetails.Extensions["line"] = refusal.Line;
        problem.ProblemDetails.Extensions["field"] = refusal.Field;
        problem.ProblemDetails.Extensions["problem"] = refusal.Problem;
        return problem;
    }
}
