namespace PayGov.Gateway.Infrastructure;

/// <summary>The rules of a portal's own key-value pairs on any object it creates.</summary>
public static class MetadataRules
{
    public const int MaxPairs = 20;

    public static ApiError? Validate(Dictionary<string, string>? metadata)
    {
        if (metadata is null)
        {
            return null;
        }

        if (metadata.Count > MaxPairs)
        {
            return new ApiError(ErrorCodes.ParameterInvalid, $"'metadata' may hold at most {MaxPairs} pairs.", "metadata");
        }

        foreach (var (key, value) in metadata)
        {
            var error = TextRules.Required(key, "metadata", 40) ?? TextRules.Optional(value, $"metadata[{key}]", 500);
            if (error is not null)
            {
                return error with { Param = "metadata" };
            }

            if (value is null)
            {
                return new ApiError(ErrorCodes.ParameterInvalid, "Metadata values must be strings.", "metadata");
            }
        }

        return null;
    }
}
