using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>The bank holding PayGov's collection account, over HTTP, mountable under any prefix.</summary>
public static class BankTransferSandboxEndpoints
{
    /// <summary>
    /// Maps <c>POST {prefix}/transfers</c> (a citizen's banking app), <c>GET {prefix}/transfers/{transactionId}</c>,
    /// <c>POST {prefix}/pay/{transferReference}/complete</c> (<c>simulate_payment</c>) and
    /// <c>GET {prefix}/statements/{yyyy-MM-dd}?format=mt940|camt053</c>.
    /// </summary>
    /// <param name="endpoints">The app or group to map on.</param>
    /// <param name="prefix">The mount point, e.g. <c>/sandbox/bank</c>.</param>
    /// <returns>The route group.</returns>
    public static RouteGroupBuilder MapBankTransferSandbox(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var group = endpoints.MapGroup(prefix).WithTags("Sandbox: bank").ExcludeFromDescription();
        group.MapPost("/transfers", TransferAsync).WithName("BankSandboxTransfer");
        group.MapGet("/transfers/{transactionId}", Find).WithName("BankSandboxTransferGet");
        group.MapPost("/pay/{transferReference}/complete", CompleteAsync).WithName("BankSandboxComplete");
        group.MapGet("/statements/{day}", Statement).WithName("BankSandboxStatement");
        return group;
    }

    private static Task<IResult> TransferAsync(SandboxTransferRequest request, HttpContext context, [AsParameters] BankTransferSandboxServices s) =>
        SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.BankTransfer, "transfer", context, () =>
        {
            var (transfer, refusal) = s.Sandbox.Transfer(request);
            return transfer is not null ? TypedResults.Created(context.Request.Path + "/" + transfer.TransactionId, transfer) : Problem(refusal!);
        });

    private static Results<Ok<SandboxTransferResponse>, NotFound> Find(string transactionId, [AsParameters] BankTransferSandboxServices s) =>
        s.Sandbox.Find(transactionId) is { } transfer ? TypedResults.Ok(transfer) : TypedResults.NotFound();

    private static Task<IResult> CompleteAsync(string transferReference, SandboxCompletionRequest request, HttpContext context, [AsParameters] BankTransferSandboxServices s) =>
        SandboxApiFaults.RunAsync(s.Switchboard, s.TimeProvider, ProviderId.BankTransfer, "complete", context, () =>
            s.Sandbox.Complete(transferReference, request) is { } refusal
                ? Problem(refusal)
                : TypedResults.Ok(new SandboxCompletionResponse(string.Empty)));

    private static IResult Statement(string day, string? format, [AsParameters] BankTransferSandboxServices s)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Problem(new BankSandboxRefusal("day_invalid", "The day is written yyyy-MM-dd."));
        }

        // The providers' payouts due by now are booked first, whether or not the sandbox's timer has run yet.
        s.Payouts.PayDue();
        var statement = s.Sandbox.Statement(date);
        var name = "statement_" + statement.AccountNumber + "_" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return format switch
        {
            "mt940" => TypedResults.File(Encoding.ASCII.GetBytes(Mt940StatementWriter.Write(statement)), "text/plain; charset=us-ascii", name + ".mt940"),
            "camt053" => TypedResults.File(Camt053StatementWriter.Write(statement, s.TimeProvider.GetUtcNow()), "application/xml", name + ".xml"),
            _ => Problem(new BankSandboxRefusal("format_invalid", "The format is mt940 or camt053.")),
        };
    }

    private static ProblemHttpResult Problem(BankSandboxRefusal refusal) => TypedResults.Problem(
        refusal.Detail,
        statusCode: refusal.Status,
        extensions: new Dictionary<string, object?> { ["code"] = refusal.Code });
}
