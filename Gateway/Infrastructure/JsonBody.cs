using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using PayGov.Gateway.Infrastructure.Idempotency;

namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// A strictly parsed, size-limited, validated JSON request body. Binding never throws: a body that is
/// not acceptable carries the <see cref="ApiError"/> that says why, and <see cref="ValidatedBodyFilter{T}"/>
/// answers it before the handler runs, so nothing from a rejected body reaches storage.
/// </summary>
public sealed class JsonBody<T>
    where T : class, IValidatedRequest
{
    public const int MaxBytes = 64 * 1024;

    private JsonBody(T? value, ApiError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public ApiError? Error { get; }

#pragma warning disable CA1000 // Minimal APIs find BindAsync only as a static member of the parameter's own type.
    public static async ValueTask<JsonBody<T>> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Many clients send Content-Type: application/json on every POST, with no body: for an optional body that is no body.
        if (T.BodyIsOptional && (context.Request.ContentLength == 0 || (context.Request.ContentLength is null && !context.Request.HasJsonContentType())))
        {
            return new JsonBody<T>(null, null);
        }

        var read = await ReadAsync(context);
        if (read.Error is not null)
        {
            return new JsonBody<T>(null, read.Error);
        }

        var (value, error) = Parse(read.Bytes!);
        if (value is not null)
        {
            // The fingerprint is of the parsed request, so the same request written with other spacing or
            // property order (curl, then an SDK) is recognised as the same for its idempotency key.
            context.Features.Set(new RequestBodyDigest(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, PayGovJson.Options))));
        }

        return new JsonBody<T>(value, error ?? value?.Validate());
    }
#pragma warning restore CA1000

    private static async Task<(byte[]? Bytes, ApiError? Error)> ReadAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return (null, new ApiError(ErrorCodes.UnsupportedMediaType, "The body must be JSON with Content-Type: application/json."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int n;
            while ((n = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + n > MaxBytes)
                {
                    return (null, TooLarge());
                }

                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }

        return buffer.Length == 0
            ? (null, new ApiError(ErrorCodes.BodyMalformed, "The request body is empty."))
            : (buffer.ToArray(), null);
    }

    private static (T? Value, ApiError? Error) Parse(byte[] bytes)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return (null, new ApiError(ErrorCodes.BodyMalformed, "The request body is not valid UTF-8."));
        }

        JsonDocument document;
        try
        {
            // Parsing to a document first separates "not JSON at all" (syntax, invalid UTF-8) from
            // "JSON of the wrong shape", which the deserializer below reports with the field's path.
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 16, AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            return (null, new ApiError(ErrorCodes.BodyMalformed, "The request body is not valid JSON (UTF-8)."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, new ApiError(ErrorCodes.BodyMalformed, "The request body must be a JSON object."));
            }

            try
            {
                return (document.Deserialize<T>(PayGovJson.Options), null);
            }
            catch (JsonException ex)
            {
                return (null, ShapeError(ex.Path));
            }
            catch (InvalidOperationException)
            {
                // Raised for text the reader cannot turn into a string, such as an escaped lone surrogate.
                return (null, new ApiError(ErrorCodes.BodyMalformed, "The request body holds text that is not valid Unicode."));
            }
        }
    }

    private static ApiError ShapeError(string? path)
    {
        var param = ParamOf(path);
        if (param is null)
        {
            return new ApiError(ErrorCodes.BodyMalformed, "The request body does not have the expected shape.");
        }

        return param == "amount" || param.EndsWith(".amount", StringComparison.Ordinal)
            ? new ApiError(ErrorCodes.AmountInvalid, "Amounts are whole numbers of đồng, written as JSON integers.", param)
            : new ApiError(ErrorCodes.ParameterInvalid, $"'{param}' is unknown or has the wrong type.", param);
    }

    private static string? ParamOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    private static ApiError TooLarge() =>
        new(ErrorCodes.BodyTooLarge, $"The request body is larger than {MaxBytes / 1024} KB.");
}
