using System.Net;

namespace PayGov.Client;

/// <summary>
/// The root of every exception this library throws on purpose. When PayGov answered with a problem
/// (RFC 9457), the properties carry it; branch on <see cref="Code"/>, never on <see cref="Exception.Message"/>.
/// </summary>
public class PayGovException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="PayGovException"/> class.</summary>
    /// <param name="message">What went wrong, for people.</param>
    public PayGovException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PayGovException"/> class.</summary>
    /// <param name="message">What went wrong, for people.</param>
    /// <param name="innerException">The failure that caused this one, or <see langword="null"/>.</param>
    public PayGovException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the HTTP status PayGov answered, or <see langword="null"/> when no answer was read.</summary>
    public HttpStatusCode? HttpStatus { get; init; }

    /// <summary>
    /// Gets the problem's machine-readable <c>code</c> (for example <c>amount_invalid</c>, <c>resource_missing</c>,
    /// <c>api_key_invalid</c>; see <see cref="ErrorCodes"/>), or <see langword="null"/> when there was none.
    /// </summary>
    public string? Code { get; init; }

    /// <summary>Gets the request field at fault in snake_case (for example <c>amount</c> or <c>fee_items[0].budget.area_code</c>), or <see langword="null"/>.</summary>
    public string? Param { get; init; }

    /// <summary>Gets the problem's <c>detail</c>, an explanation for people, or <see langword="null"/>.</summary>
    public string? Detail { get; init; }

    /// <summary>Gets the server's trace id of the failed request, to quote when reporting it, or <see langword="null"/>.</summary>
    public string? TraceId { get; init; }

    /// <summary>Gets the response body exactly as received, or <see langword="null"/> when no answer was read.</summary>
    public string? RawBody { get; init; }
}
