namespace PayGov.Providers.ZaloPay;

/// <summary>ZaloPay's answer to a create (zalopay.md §2). A refusal is a result: check <see cref="IsCreated"/>.</summary>
/// <param name="AppTransId">The order id sent.</param>
/// <param name="ReturnCode"><c>1</c> created, <c>2</c> failed, or a request error (<c>-401</c>, <c>-402</c>, ...).</param>
/// <param name="ReturnMessage">ZaloPay's text.</param>
/// <param name="SubReturnCode">The detail, e.g. <c>-68</c> (order already exists: query it).</param>
/// <param name="SubReturnMessage">The detail's text.</param>
/// <param name="OrderUrl">The page or deep link to open; <see langword="null"/> unless created.</param>
/// <param name="ZpTransToken">The order's token, if given.</param>
public sealed record ZaloPayOrder(
    string AppTransId,
    int ReturnCode,
    string ReturnMessage,
    int SubReturnCode,
    string SubReturnMessage,
    Uri? OrderUrl,
    string? ZpTransToken)
{
    /// <summary>True when ZaloPay created the order (<c>return_code 1</c>) and gave its URL.</summary>
    public bool IsCreated => ReturnCode == 1 && OrderUrl is not null;
}
