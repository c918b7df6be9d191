using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>The fields of an upload: exactly one <c>file</c>, optional <c>kind</c> and <c>business_day</c>, nothing else.</summary>
public sealed record UploadForm(IFormFile File, InputFileKind? Kind, DateOnly? BusinessDay)
{
    public static Result<UploadForm> Parse(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Keys.FirstOrDefault(k => k is not ("kind" or "business_day")) is { } unknown)
        {
            return new ApiError(ErrorCodes.ParameterUnknown, $"'{unknown}' is not a field of an upload.", unknown);
        }

        if (form.Files.Count != 1 || form.Files[0].Name != "file")
        {
            return new ApiError(ErrorCodes.ParameterMissing, "Send exactly one file, in the field 'file'.", "file");
        }

        InputFileKind? kind = null;
        if (form.TryGetValue("kind", out var rawKind))
        {
            kind = ReconciliationWire.KindOf(rawKind.ToString());
            if (kind is null)
            {
                return new ApiError(ErrorCodes.ParameterInvalid, "'kind' is vnpay, momo, zalopay, mt940 or camt053.", "kind");
            }
        }

        DateOnly? day = null;
        if (form.TryGetValue("business_day", out var rawDay))
        {
            var parsed = BusinessDayParameter.Parse(rawDay.ToString(), "business_day");
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            day = parsed.Value;
        }

        return new UploadForm(form.Files[0], kind, day);
    }
}
