namespace PayGov.Client.PaymentIntents;

/// <summary>Who pays, as far as the portal told PayGov; every field may be <see langword="null"/>.</summary>
public sealed class Payer
{
    /// <summary>Gets the payer's name, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the payer's e-mail address, or <see langword="null"/>.</summary>
    public string? Email { get; init; }

    /// <summary>Gets the payer's phone number (digits and a leading <c>+</c>), or <see langword="null"/>.</summary>
    public string? Phone { get; init; }
}
