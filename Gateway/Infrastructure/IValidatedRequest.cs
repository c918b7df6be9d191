namespace PayGov.Gateway.Infrastructure;

/// <summary>A request body that can check its own shape, answering the first field at fault.</summary>
public interface IValidatedRequest
{
    /// <summary>True where the endpoint also accepts no body at all (an action with optional parameters).</summary>
    static virtual bool BodyIsOptional => false;

    ApiError? Validate();
}
