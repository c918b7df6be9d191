namespace DossierPortal.Payments;

/// <summary>
/// 303 See Other: after a form POST the browser follows with a GET, so reloading the next page never re-posts the form
/// (Results.Redirect only offers 302 and 307).
/// </summary>
internal sealed class SeeOther(Uri location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location.IsAbsoluteUri ? location.AbsoluteUri : location.OriginalString;
        return Task.CompletedTask;
    }
}
