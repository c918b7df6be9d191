using System.Globalization;
using PayGov.Gateway.Infrastructure;

namespace PayGov.Gateway.Reconciliation;

/// <summary>A business day on the wire: <c>YYYY-MM-DD</c>, between <see cref="Earliest"/> and <see cref="Latest"/>.</summary>
public static class BusinessDayParameter
{
    /// <summary>Bounds that keep every day arithmetic (trends, look-backs, look-aheads) inside <see cref="DateOnly"/>'s range.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2099, 12, 31);

    public static Result<DateOnly> Parse(string? value, string param) => ParseAny(value, ["yyyy-MM-dd"], param, "YYYY-MM-DD");

    /// <summary>The first of <paramref name="formats"/> that reads <paramref name="value"/>, if the day is within the bounds.</summary>
    public static Result<DateOnly> ParseAny(string? value, string[] formats, string param, string shownFormat) =>
        DateOnly.TryParseExact(value?.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day >= Earliest && day <= Latest
            ? day
            : new ApiError(ErrorCodes.ParameterInvalid, $"'{param}' is a business day written {shownFormat}, from {Earliest:yyyy} to {Latest:yyyy}.", param);
}
