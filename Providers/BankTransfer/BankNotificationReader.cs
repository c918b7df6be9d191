using System.Globalization;
using System.Text.Json;

namespace PayGov.Providers.BankTransfer;

/// <summary>Steps 1–6 of bank-notification.md §2.3: size, signature, timestamp, body, currency, account. Nothing is stored when one fails.</summary>
public static class BankNotificationReader
{
    /// <summary>Largest accepted body: 16 KiB.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>Runs the checks in order; the first that fails decides the answer.</summary>
    /// <param name="signatureHeader">The <c>PayGov-Bank-Signature</c> header, or <see langword="null"/>.</param>
    /// <param name="body">The raw body bytes exactly as received.</param>
    /// <param name="secrets">The connector's active secrets.</param>
    /// <param name="now">PayGov's current time from the injected <see cref="TimeProvider"/>.</param>
    /// <param name="collectionAccounts">The collection accounts this connector may report.</param>
    /// <returns>The notification, or the rejection to answer with.</returns>
    public static BankNotificationReadResult Read(
        string? signatureHeader,
        ReadOnlySpan<byte> body,
        IReadOnlyList<string> secrets,
        DateTimeOffset now,
        IReadOnlySet<string> collectionAccounts)
    {
        ArgumentNullException.ThrowIfNull(collectionAccounts);
        if (body.Length > MaxBodyBytes)
        {
            return Rejected(BankNotificationAnswer.PayloadTooLarge);
        }

        switch (BankNotificationSignature.Verify(signatureHeader, body, secrets, now, BankNotificationSignature.DefaultTolerance))
        {
            case BankSignatureVerdict.SignatureInvalid:
                return Rejected(BankNotificationAnswer.SignatureInvalid);
            case BankSignatureVerdict.TimestampOutOfWindow:
                return Rejected(BankNotificationAnswer.TimestampOutOfWindow);
            case BankSignatureVerdict.Valid:
                break;
            default:
                throw new InvalidOperationException("Undefined signature verdict.");
        }

        var (notification, invalidParam) = Parse(body);
        if (notification is null)
        {
            return Rejected(BankNotificationAnswer.PayloadInvalid(invalidParam!));
        }

        if (notification.Currency != "VND")
        {
            return Rejected(BankNotificationAnswer.CurrencyUnsupported);
        }

        if (!collectionAccounts.Contains(notification.AccountNumber))
        {
            return Rejected(BankNotificationAnswer.AccountUnknown);
        }

        return new BankNotificationReadResult(notification, null);
    }

    /// <summary>Parses and validates the body (§2.1); on failure names the first offending field.</summary>
    internal static (BankCreditNotification? Notification, string? InvalidParam) Parse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            return (null, "body");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "body");
            }

            if (!TryString(root, "transaction_id", 64, out var transactionId) || transactionId.Length == 0
                || !transactionId.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return (null, "transaction_id");
            }

            if (!TryString(root, "bank_code", 6, out var bankCode) || bankCode.Length != 6 || !bankCode.All(char.IsAsciiDigit))
            {
                return (null, "bank_code");
            }

            if (!TryString(root, "account_number", 19, out var accountNumber) || accountNumber.Length == 0)
            {
                return (null, "account_number");
            }

            // Whole đồng only: a fraction, a string or a non-positive amount is refused, never rounded.
            if (!root.TryGetProperty("amount", out var amountElement) || amountElement.ValueKind != JsonValueKind.Number
                || !amountElement.TryGetInt64(out var amount) || amount <= 0)
            {
                return (null, "amount");
            }

            if (!TryString(root, "currency", 3, out var currency) || currency.Length == 0)
            {
                return (null, "currency");
            }

            if (!TryString(root, "credit_time", 64, out var creditTimeText) || !TryParseTimeWithOffset(creditTimeText, out var creditTime))
            {
                return (null, "credit_time");
            }

            if (!TryString(root, "description", 500, out var description))
            {
                return (null, "description");
            }

            if (!TryString(root, "bank_reference", 64, out var bankReference))
            {
                return (null, "bank_reference");
            }

            BankCounterAccount? counterAccount = null;
            if (root.TryGetProperty("counter_account", out var counter) && counter.ValueKind != JsonValueKind.Null)
            {
                if (counter.ValueKind != JsonValueKind.Object
                    || !TryOptionalString(counter, "bank_code", 6, out var counterBank)
                    || !TryOptionalString(counter, "number", 19, out var counterNumber)
                    || !TryOptionalString(counter, "name", 100, out var counterName))
                {
                    return (null, "counter_account");
                }

                counterAccount = new BankCounterAccount(counterBank, counterNumber, counterName);
            }

            return (new BankCreditNotification(transactionId, bankCode, accountNumber, amount, currency, creditTime, description, bankReference, counterAccount), null);
        }
    }

    /// <summary>ISO 8601 with an explicit offset (<c>+07:00</c> or <c>Z</c>); a time without offset is ambiguous and refused.</summary>
    private static bool TryParseTimeWithOffset(string text, out DateTimeOffset value)
    {
        value = default;
        var hasOffset = text.EndsWith('Z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset
            && text.Length > 10 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    private static bool TryString(JsonElement root, string name, int maxLength, out string value)
    {
        var ok = root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String;
        value = ok ? element.GetString()! : string.Empty;
        return ok && value.Length <= maxLength;
    }

    private static bool TryOptionalString(JsonElement root, string name, int maxLength, out string? value)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        value = element.GetString()!;
        return value.Length <= maxLength;
    }

    private static BankNotificationReadResult Rejected(BankNotificationAnswer answer) => new(null, answer);
}
