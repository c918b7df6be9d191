using System.ComponentModel.DataAnnotations;
using System.Text;

namespace PayGov.Providers.BankTransfer;

/// <summary>
/// PayGov's collection account and the bank connector that reports its credits (vietqr.md, bank-notification.md),
/// bound from <see cref="SectionName"/> and validated at start. One collection account per deployment.
/// </summary>
public sealed class BankTransferOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Providers:BankTransfer";

    /// <summary>The NAPAS 247 per-transaction limit: under 500 million đồng (vietqr.md §4).</summary>
    public const long NapasMaxAmount = 499_999_999;

    /// <summary>Secrets are at least 32 bytes (bank-notification.md §2.2).</summary>
    public const int MinSecretBytes = 32;

    /// <summary>The BIN of the bank holding the collection account (VietQR 38/01/00), e.g. <c>970436</c>.</summary>
    [Required]
    [RegularExpression(@"^\d{6}$")]
    public string BankBin { get; set; } = string.Empty;

    /// <summary>The bank's display name for the checkout page, e.g. <c>Vietcombank</c>.</summary>
    [Required]
    public string BankName { get; set; } = string.Empty;

    /// <summary>The collection account number (VietQR 38/01/01): letters and digits, at most 19.</summary>
    [Required]
    [RegularExpression("^[0-9A-Za-z]{1,19}$")]
    public string AccountNumber { get; set; } = string.Empty;

    /// <summary>The account holder's name as the bank shows it, for the checkout page (VietQR omits tag 59 by default).</summary>
    [Required]
    public string AccountName { get; set; } = string.Empty;

    /// <summary>
    /// Further collection accounts the connector may report besides <see cref="AccountNumber"/> (e.g. an account no
    /// longer printed on QRs that still receives transfers). A credit to one of them is recorded, never rejected.
    /// </summary>
    public IList<string> OtherAccountNumbers { get; } = [];

    /// <summary>The connector that sends this account's credit notifications: the <c>{connectorId}</c> of its callback path.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9_-]{1,64}$")]
    public string ConnectorId { get; set; } = string.Empty;

    /// <summary>The connector's active signing secrets, each at least 32 bytes; more than one during a rotation.</summary>
    [Required]
    [MinLength(1)]
    public IList<string> NotificationSecrets { get; } = [];

    /// <summary>The smallest amount PayGov routes to bank transfer, in đồng.</summary>
    [Range(1, NapasMaxAmount)]
    public long MinAmount { get; set; } = 1;

    /// <summary>The largest amount PayGov routes to bank transfer, in đồng; at most the NAPAS 247 limit.</summary>
    [Range(1, NapasMaxAmount)]
    public long MaxAmount { get; set; } = NapasMaxAmount;

    /// <summary>
    /// How long a reference stays valid past its attempt's expiry. Credits count by their booking time
    /// (<c>credit_time</c> ≤ <c>expires_at</c>), so the expiry job waits this much longer before expiring a
    /// bank-transfer intent, for credits still in flight (bank-notification.md §5; 15 minutes by default).
    /// </summary>
    public TimeSpan LateCreditGrace { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Checks what attributes cannot: secret length, limits in order, a non-negative grace.</summary>
    /// <param name="validationContext">Unused.</param>
    /// <returns>The failures.</returns>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (NotificationSecrets.Any(s => Encoding.UTF8.GetByteCount(s) < MinSecretBytes))
        {
            yield return new ValidationResult($"Every notification secret has at least {MinSecretBytes} bytes.", [nameof(NotificationSecrets)]);
        }

        if (MinAmount > MaxAmount)
        {
            yield return new ValidationResult("MinAmount is at most MaxAmount.", [nameof(MinAmount), nameof(MaxAmount)]);
        }

        if (LateCreditGrace < TimeSpan.Zero)
        {
            yield return new ValidationResult("LateCreditGrace is not negative.", [nameof(LateCreditGrace)]);
        }
    }
}
