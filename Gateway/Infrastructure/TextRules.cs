namespace PayGov.Gateway.Infrastructure;

/// <summary>
/// The rules every free-text field obeys: a length cap, and no control characters. NUL in particular is
/// refused because PostgreSQL cannot store it in text, so letting it through would turn bad input into a 500.
/// </summary>
public static class TextRules
{
    public static ApiError? Required(string? value, string param, int maxLength) =>
        string.IsNullOrWhiteSpace(value)
            ? new ApiError(ErrorCodes.ParameterMissing, $"'{param}' is required.", param)
            : Optional(value, param, maxLength);

    public static ApiError? Optional(string? value, string param, int maxLength)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"'{param}' is longer than {maxLength} characters.", param);
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) || (char.IsSurrogate(value[i]) && !IsPairedSurrogateAt(value, i)))
            {
                return new ApiError(ErrorCodes.ParameterInvalid, $"'{param}' holds a control character or invalid Unicode.", param);
            }
        }

        return null;
    }

    /// <summary>Checks a fixed-shape code made only of ASCII digits, such as a state-budget code.</summary>
    public static ApiError? Digits(string? value, string param, params int[] allowedLengths)
    {
        ArgumentNullException.ThrowIfNull(allowedLengths);
        if (string.IsNullOrEmpty(value))
        {
            return new ApiError(ErrorCodes.ParameterMissing, $"'{param}' is required.", param);
        }

        if (!value.All(char.IsAsciiDigit) || !allowedLengths.Contains(value.Length))
        {
            var lengths = string.Join(" or ", allowedLengths);
            return new ApiError(ErrorCodes.ParameterInvalid, $"'{param}' must be {lengths} digits.", param);
        }

        return null;
    }

    private static bool IsPairedSurrogateAt(string value, int index) =>
        char.IsHighSurrogate(value[index])
            ? index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
            : index > 0 && char.IsHighSurrogate(value[index - 1]);
}
