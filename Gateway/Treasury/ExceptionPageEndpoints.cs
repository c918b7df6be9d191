using Microsoft.AspNetCore.Antiforgery;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Reconciliation;
using PayGov.Gateway.Treasury.Pages;
using PayGov.Gateway.Web;

namespace PayGov.Gateway.Treasury;

/// <summary>
/// <c>/treasury/exceptions</c>: the queue (filters, sort, pages) and one exception's page with its records side by side,
/// its trail and the forms of <see cref="ExceptionQueueService"/> — resolve, reopen, and for supervisors approve and
/// reject. Forms post, then redirect back to the exception with a notice or the error (PRG).
/// </summary>
public static class ExceptionPageEndpoints
{
    public const string QueuePath = TreasuryPageGroup.Root + "/exceptions";
    public const string NoticeQuery = "notice";
    public const string ErrorQuery = "error";

    public static IEndpointRouteBuilder MapExceptionPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapTreasuryPageGroup();
        pages.MapGet("/exceptions", ShowQueueAsync).WithName("TreasuryExceptionQueue");
        pages.MapGet("/exceptions/{id}", ShowAsync).WithName("TreasuryException");
        pages.MapPost("/exceptions/{id}/resolve", ResolveAsync).WithName("TreasuryResolveException");
        pages.MapPost("/exceptions/{id}/reopen", ReopenAsync).WithName("TreasuryReopenException");
        pages.MapPost("/exceptions/{id}/approve", ApproveAsync).WithName("TreasuryApproveException").RequireAuthorization(TreasuryAuthentication.SupervisorPolicy);
        pages.MapPost("/exceptions/{id}/reject", RejectAsync).WithName("TreasuryRejectException").RequireAuthorization(TreasuryAuthentication.SupervisorPolicy);
        return routes;
    }

    public static string PathOf(string id) => QueuePath + "/" + Uri.EscapeDataString(id);

    private static async Task<IResult> ShowQueueAsync(
        HttpContext context, ExceptionQueueService queue, PageRenderer pages, IAntiforgery antiforgery, TimeProvider time, CancellationToken cancellationToken)
    {
        var frame = TreasuryFrameView.For(context, antiforgery);
        var search = ExceptionSearchQuery.Parse(context.Request.Query);
        if (!search.IsSuccess)
        {
            return await pages.RenderAsync<TreasuryMessagePage>(
                new TreasuryMessageView(frame, frame.Text.Exceptions.BadFilter, frame.Text.Frame.BadRequestLead), StatusCodes.Status400BadRequest);
        }

        var (rows, total) = await queue.SearchAsync(search.Value, cancellationToken);
        return await pages.RenderAsync<ExceptionQueuePage>(new ExceptionQueueView(frame, search.Value, rows, total, time.GetUtcNow()));
    }

    private static async Task<IResult> ShowAsync(
        string id, HttpContext context, ExceptionQueueService queue, ExceptionEvidence evidence, DayClosureService days, PageRenderer pages,
        IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var frame = TreasuryFrameView.For(context, antiforgery);
        var found = await queue.GetAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return await pages.RenderAsync<TreasuryMessagePage>(
                new TreasuryMessageView(frame, frame.Text.Frame.NotFoundTitle, frame.Text.Frame.NotFoundLead), StatusCodes.Status404NotFound);
        }

        var (exception, actions) = found.Value;
        var text = frame.Text.Exceptions;
        var notice = context.Request.Query[NoticeQuery].ToString() is { Length: > 0 } done ? text.Notices.GetValueOrDefault(done) : null;
        var error = context.Request.Query[ErrorQuery].ToString() is { Length: > 0 } code ? text.Errors.GetValueOrDefault(code, text.GenericError) : null;
        return await pages.RenderAsync<ExceptionPage>(new ExceptionPageView(
            frame,
            exception,
            actions,
            await evidence.GatherAsync(exception, cancellationToken),
            queue.ApprovalThreshold,
            await days.ClosureOfAsync(exception.BusinessDay, cancellationToken) is not null,
            notice,
            error));
    }

    private static async Task<IResult> ResolveAsync(string id, HttpContext context, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var request = new ResolveExceptionRequest { Note = Text(form["note"]), ResolutionCode = Text(form["resolution_code"]) };
        if (request.Validate() is { } invalid)
        {
            return Back(id, invalid);
        }

        var resolved = await queue.ResolveAsync(id, user, request.ResolutionCode, request.Note!, cancellationToken);
        return resolved.IsSuccess
            ? Back(id, resolved.Value.Status == ExceptionStatus.PendingApproval ? ExceptionActions.ResolutionRequested : ExceptionActions.Resolved)
            : Back(id, resolved.Error);
    }

    private static Task<IResult> ReopenAsync(string id, HttpContext context, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken) =>
        WithNoteAsync(id, context, required: true, ExceptionActions.Reopened, note => queue.ReopenAsync(id, user, note!, cancellationToken), cancellationToken);

    private static Task<IResult> ApproveAsync(string id, HttpContext context, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken) =>
        WithNoteAsync(id, context, required: false, ExceptionActions.Approved, note => queue.ApproveAsync(id, user, note, cancellationToken), cancellationToken);

    private static Task<IResult> RejectAsync(string id, HttpContext context, TreasuryPrincipal user, ExceptionQueueService queue, CancellationToken cancellationToken) =>
        WithNoteAsync(id, context, required: true, ExceptionActions.Rejected, note => queue.RejectAsync(id, user, note!, cancellationToken), cancellationToken);

    private static async Task<IResult> WithNoteAsync(
        string id, HttpContext context, bool required, string done, Func<string?, Task<Result<ExceptionCase>>> act, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var note = Text(form["note"]);
        if ((required ? TextRules.Required(note, "note", 2000) : TextRules.Optional(note, "note", 2000)) is { } invalid)
        {
            return Back(id, invalid);
        }

        var acted = await act(note);
        return acted.IsSuccess ? Back(id, done) : Back(id, acted.Error);
    }

    private static SeeOther Back(string id, string notice) => new($"{PathOf(id)}?{NoticeQuery}={notice}");

    private static SeeOther Back(string id, ApiError error) => new($"{PathOf(id)}?{ErrorQuery}={error.Code}");

    private static string? Text(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 1 && value[0] is { Length: > 0 } text ? text : null;
}
