using System.Globalization;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>A business day on the wire: <c>YYYY-MM-DD</c>.</summary>
public static class BusinessDayParameter
{
    public static Result<DateOnly> Parse(string? value, string param) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : new ApiError(ErrorCodes.ParameterInvalid, $"'{param}' is a business day written YYYY-MM-DD.", param);
}
