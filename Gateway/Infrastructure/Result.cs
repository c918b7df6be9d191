using System.Diagnostics.CodeAnalysis;

namespace PayGov.Gateway.Infrastructure;

/// <summary>The outcome of a use case: a value, or the expected failure that stopped it.</summary>
public readonly struct Result<T>
{
    private Result(T? value, ApiError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public ApiError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

#pragma warning disable CA1000 // Factory methods on the generic type read best at call sites: Result<T>.Ok(x).
    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(ApiError error) => new(default, error);
#pragma warning restore CA1000

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(ApiError error) => Fail(error);
}
