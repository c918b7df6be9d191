using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Storage;
using PayGov.Gateway.Treasury;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The accountants' API (DESIGN §1, §7): runs, input files, the exception queue and the day reports, for treasury users
/// signed in with the treasury cookie (never a portal key). State changes need the antiforgery header.
/// </summary>
public static class ReconciliationEndpoints
{
    public static IEndpointRouteBuilder MapReconciliationApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/v1/reconciliation")
            .RequireAuthorization(TreasuryAuthentication.AccountantPolicy)
            .AddEndpointFilter<TreasuryAntiforgeryFilter>()
            .WithTags("Reconciliation");

        api.MapGet("/runs", ListRunsAsync).WithName("ListReconciliationRuns").WithSummary("Runs, newest first; filter by business_day");
        api.MapGet("/runs/{id}", GetRunAsync).WithName("GetReconciliationRun").WithSummary("Retrieve a run with its input versions");
        api.MapPost("/runs", StartRunAsync)
            .WithName("StartReconciliationRun")
            .WithSummary("Run (or re-run) a business day; the same inputs answer the existing run")
            .WithValidatedBody<StartRunRequest>();

        api.MapPost("/files", UploadAsync)
            .WithName("UploadReconciliationFile")
            .WithSummary("Upload a provider report or a bank statement (multipart field 'file'; optional 'kind', 'business_day')");
        api.MapGet("/files", ListFilesAsync).WithName("ListReconciliationFiles").WithSummary("Every version of the inputs of a business day");

        api.MapGet("/dashboard", DashboardEndpoints.GetAsync)
            .WithName("GetReconciliationDashboard")
            .WithSummary("Collected, settled, deposited and outstanding of a business day (day=YYYY-MM-DD, default yesterday GMT+7), by provider and portal, and the 30-day trend");
        api.MapGet("/exceptions", ExceptionEndpoints.ListAsync).WithName("ListReconciliationExceptions").WithSummary("The queue; filter by business_day, type, provider, portal, source, status");
        api.MapGet("/exceptions/{id}", ExceptionEndpoints.GetAsync).WithName("GetReconciliationException").WithSummary("An exception with its audit trail");
        api.MapPost("/exceptions/{id}/resolve", ExceptionEndpoints.ResolveAsync)
            .WithName("ResolveReconciliationException")
            .WithSummary("Resolve with a note; above the approval threshold it waits for a supervisor")
            .WithValidatedBody<ResolveExceptionRequest>();
        api.MapPost("/exceptions/{id}/reopen", ExceptionEndpoints.ReopenAsync)
            .WithName("ReopenReconciliationException")
            .WithSummary("Reopen a resolved exception with a note")
            .WithValidatedBody<ExceptionNoteRequest>();
        api.MapPost("/exceptions/{id}/approve", ExceptionEndpoints.ApproveAsync)
            .WithName("ApproveReconciliationException")
            .WithSummary("Supervisor: approve a pending resolution")
            .WithValidatedBody<ExceptionNoteRequest>()
            .RequireAuthorization(TreasuryAuthentication.SupervisorPolicy);
        api.MapPost("/exceptions/{id}/reject", ExceptionEndpoints.RejectAsync)
            .WithName("RejectReconciliationException")
            .WithSummary("Supervisor: send a pending resolution back with a note")
            .WithValidatedBody<ExceptionNoteRequest>()
            .RequireAuthorization(TreasuryAuthentication.SupervisorPolicy);

        api.MapGet("/days/{business_day}", DayEndpoints.GetAsync)
            .WithName("GetReconciliationDay")
            .WithSummary("A business day: open or closed, whether it can be closed now, its exceptions by state, its closure");
        api.MapPost("/days/{business_day}/close", DayEndpoints.CloseAsync)
            .WithName("CloseReconciliationDay")
            .WithSummary("Supervisor: close a reconciled day with no exception open or awaiting approval; its figures no longer change")
            .RequireAuthorization(TreasuryAuthentication.SupervisorPolicy);

        api.MapGet("/reports/{business_day}", ReportEndpoints.GetAsync)
            .WithName("GetReconciliationReport")
            .WithSummary("A day's report: group_by provider|portal|fee_code|budget|treasury_code|budget_chapter|budget_sub_item|revenue_agency; format json|csv|xlsx");
        return routes;
    }

    private static async Task<Results<Ok<Page<RunResponse>>, ProblemHttpResult>> ListRunsAsync(HttpRequest request, PayGovDbContext db, CancellationToken cancellationToken)
    {
        if (PageQuery.RejectUnknown(request.Query, new HashSet<string>(StringComparer.Ordinal) { "business_day" }) is { } unknown)
        {
            return Problems.From(unknown);
        }

        var page = PageQuery.Parse(request.Query, Ids.ReconciliationRun);
        if (!page.IsSuccess)
        {
            return Problems.From(page.Error);
        }

        var runs = db.ReconciliationRuns.AsNoTracking().Include(r => r.Inputs).AsQueryable();
        if (request.Query.TryGetValue("business_day", out var rawDay))
        {
            var day = BusinessDayParameter.Parse(rawDay.ToString(), "business_day");
            if (!day.IsSuccess)
            {
                return Problems.From(day.Error);
            }

            runs = runs.Where(r => r.BusinessDay == day.Value);
        }

        return TypedResults.Ok((await runs.ToPageAsync(page.Value, "/v1/reconciliation/runs", cancellationToken)).Select(r => RunResponse.From(r)));
    }

    private static async Task<Results<Ok<RunResponse>, ProblemHttpResult>> GetRunAsync(string id, PayGovDbContext db, CancellationToken cancellationToken)
    {
        var run = Ids.HasPrefix(id, Ids.ReconciliationRun)
            ? await db.ReconciliationRuns.AsNoTracking().Include(r => r.Inputs).FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            : null;
        return run is null
            ? Problems.From(new ApiError(ErrorCodes.ResourceMissing, $"No reconciliation run '{id}'.", "id"))
            : TypedResults.Ok(RunResponse.From(run));
    }

    private static async Task<Results<Created<RunResponse>, Ok<RunResponse>, ProblemHttpResult>> StartRunAsync(
        JsonBody<StartRunRequest> body, TreasuryPrincipal user, ReconciliationRunService runs, CancellationToken cancellationToken)
    {
        var outcome = await runs.RunAsync(body.Value!.Day, RunTrigger.Api, user.Username, cancellationToken);
        if (!outcome.IsSuccess)
        {
            return Problems.From(outcome.Error);
        }

        var response = RunResponse.From(outcome.Value.Run, outcome.Value.Reused);
        return outcome.Value.Reused ? TypedResults.Ok(response) : TypedResults.Created($"/v1/reconciliation/runs/{response.Id}", response);
    }

    private static async Task<Results<Created<FileResponse>, Ok<FileResponse>, ProblemHttpResult>> UploadAsync(
        HttpContext context, TreasuryPrincipal user, ReconciliationRunService runs,
        IOptions<ReconciliationOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            // Room for the multipart framing and the small fields around the file.
            size.MaxRequestBodySize = limit + (64 * 1024);
        }

        if (!context.Request.HasFormContentType)
        {
            return Problems.From(new ApiError(ErrorCodes.UnsupportedMediaType, "Send the file as multipart/form-data in the field 'file'."));
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + (64 * 1024) }, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.From(new ApiError(ErrorCodes.BodyTooLarge, $"A file has at most {limit} bytes.", "file"));
        }
        catch (InvalidDataException)
        {
            return Problems.From(new ApiError(ErrorCodes.BodyMalformed, "The multipart body is malformed or too large.", "file"));
        }

        var upload = UploadForm.Parse(form);
        if (!upload.IsSuccess)
        {
            return Problems.From(upload.Error);
        }

        await using var content = upload.Value.File.OpenReadStream();
        var outcome = await runs.ReceiveAsync(
            content, upload.Value.File.FileName, upload.Value.Kind, upload.Value.BusinessDay, FileOrigin.Upload, RunTrigger.Upload, user.Username, cancellationToken);
        if (outcome.Refusal is { } refusal)
        {
            return ReconciliationProblems.Refused(refusal);
        }

        if (outcome.Error is { } error)
        {
            return Problems.From(error);
        }

        var file = outcome.File!;
        var response = FileResponse.From(file, outcome.Rerun is { } ran ? RunResponse.From(ran.Run, ran.Reused) : null);
        return outcome.IsNewVersion ? TypedResults.Created($"/v1/reconciliation/files?business_day={file.BusinessDay:yyyy-MM-dd}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<Ok<Page<FileResponse>>, ProblemHttpResult>> ListFilesAsync(HttpRequest request, PayGovDbContext db, CancellationToken cancellationToken)
    {
        if (PageQuery.RejectUnknown(request.Query, new HashSet<string>(StringComparer.Ordinal) { "business_day" }) is { } unknown)
        {
            return Problems.From(unknown);
        }

        var day = BusinessDayParameter.Parse(request.Query["business_day"].ToString(), "business_day");
        if (!day.IsSuccess)
        {
            return Problems.From(day.Error);
        }

        var files = await db.ReconciliationFiles.AsNoTracking()
            .Where(f => f.BusinessDay == day.Value)
            .OrderBy(f => f.Source).ThenByDescending(f => f.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<FileResponse>(files.Select(f => FileResponse.From(f)).ToList(), false, "/v1/reconciliation/files"));
    }
}
