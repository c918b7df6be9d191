using Microsoft.AspNetCore.Http.HttpResults;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Reconciliation;

/// <summary>Handlers of the exception queue under <c>/v1/reconciliation/exceptions</c> (routes in <see cref="ReconciliationEndpoints"/>).</summary>
public static class ExceptionEndpoints
{
    public static async Task<Results<Ok<Page<ExceptionResponse>>, ProblemHttpResult>> ListAsync(
        HttpRequest request, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(queue);
        var query = ExceptionListQuery.Parse(request.Query);
        if (!query.IsSuccess)
        {
            return Problems.From(query.Error);
        }

        var page = await queue.ListAsync(query.Value, cancellationToken);
        return TypedResults.Ok(new Page<ExceptionResponse>(
            page.Data.Select(e => ExceptionResponse.From(e, queue.ApprovalThreshold)).ToList(), page.HasMore, page.Url));
    }

    public static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult>> GetAsync(string id, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var found = await queue.GetAsync(id, cancellationToken);
        return found.IsSuccess
            ? TypedResults.Ok(ExceptionResponse.From(found.Value.Exception, queue.ApprovalThreshold, found.Value.Actions))
            : Problems.From(found.Error);
    }

    public static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult>> ResolveAsync(
        string id, JsonBody<ResolveExceptionRequest> body, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(queue);
        return await AnswerAsync(await queue.ResolveAsync(id, user, body.Value!.ResolutionCode, body.Value.Note!, cancellationToken), queue, cancellationToken);
    }

    public static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult>> ApproveAsync(
        string id, JsonBody<ExceptionNoteRequest> body, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(queue);
        return await AnswerAsync(await queue.ApproveAsync(id, user, body.Value?.Note, cancellationToken), queue, cancellationToken);
    }

    public static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult>> RejectAsync(
        string id, JsonBody<ExceptionNoteRequest> body, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(queue);
        if (NoteOf(body) is not { } note)
        {
            return Problems.From(NoteMissing());
        }

        return await AnswerAsync(await queue.RejectAsync(id, user, note, cancellationToken), queue, cancellationToken);
    }

    public static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult>> ReopenAsync(
        string id, JsonBody<ExceptionNoteRequest> body, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(queue);
        if (NoteOf(body) is not { } note)
        {
            return Problems.From(NoteMissing());
        }

        return await AnswerAsync(await queue.ReopenAsync(id, user, note, cancellationToken), queue, cancellationToken);
    }

    private static string? NoteOf(JsonBody<ExceptionNoteRequest> body) => string.IsNullOrWhiteSpace(body.Value?.Note) ? null : body.Value.Note;

    private static ApiError NoteMissing() => new(ErrorCodes.ParameterMissing, "'note' is required.", "note");

    /// <summary>Answers the exception after the action, with its whole trail.</summary>
    private static async Task<Results<Ok<ExceptionResponse>, ProblemHttpResult>> AnswerAsync(
        Result<ExceptionCase> acted, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        if (!acted.IsSuccess)
        {
            return Problems.From(acted.Error);
        }

        var found = await queue.GetAsync(acted.Value.Id, cancellationToken);
        return TypedResults.Ok(ExceptionResponse.From(found.Value.Exception, queue.ApprovalThreshold, found.Value.Actions));
    }
}
