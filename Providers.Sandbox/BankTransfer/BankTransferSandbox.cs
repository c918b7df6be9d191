using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.Sandbox.Settlements;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>
/// The bank holding PayGov's collection account (bank-notification.md §6): a citizen's banking app scans a VietQR
/// or types a transfer, the bank books the credit, writes it on the day's statement and sends PayGov the signed
/// credit notification with the sender's retry rule.
/// </summary>
internal sealed class BankTransferSandbox
{
    /// <summary>The NAPAS 247 per-transaction limit.</summary>
    private const long MaxAmount = 499_999_999;

    /// <summary>Leaves room for the bank's prefix within the notification's 500-character description.</summary>
    private const int MaxRemarkLength = 400;

    private static readonly TimeSpan StaleBy = TimeSpan.FromMinutes(10);

    private readonly SandboxBankLedger ledger;
    private readonly BankTransferSandboxOptions options;
    private readonly TimeProvider timeProvider;
    private readonly SandboxCallbackDispatcher dispatcher;
    private readonly SandboxFaultSwitchboard switchboard;
    private readonly ConcurrentDictionary<string, byte> completedReferences = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ConcurrentQueue<SandboxDeliveryAttempt>>> notifications = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> bankReferences = new(StringComparer.Ordinal);

    public BankTransferSandbox(
        SandboxBankLedger ledger,
        IOptions<BankTransferSandboxOptions> options,
        TimeProvider timeProvider,
        SandboxCallbackDispatcher dispatcher,
        SandboxFaultSwitchboard switchboard)
    {
        this.ledger = ledger;
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.dispatcher = dispatcher;
        this.switchboard = switchboard;
    }

    /// <summary>Books a citizen's transfer to the collection account and notifies PayGov.</summary>
    public (SandboxTransferResponse? Transfer, BankSandboxRefusal? Refusal) Transfer(SandboxTransferRequest request)
    {
        long? amount = request.Amount;
        var remark = request.Remark;
        if (request.QrPayload is { } payload)
        {
            var parsed = VietQrPayload.Parse(payload);
            if (parsed.Verdict != VietQrVerdict.Valid)
            {
                return Refused("qr_invalid", "The VietQR payload does not read: " + parsed.Verdict + ".");
            }

            var beneficiary = Child(parsed.DataObjects, "38")?.Children.FirstOrDefault(o => o.Id == "01");
            if (Child(beneficiary?.Children, "00")?.Value != options.BankBin || Child(beneficiary?.Children, "01")?.Value != options.AccountNumber)
            {
                return Refused("account_unknown", "The QR names an account this bank does not hold for PayGov.");
            }

            amount ??= Child(parsed.DataObjects, "54") is { } tag54 && long.TryParse(tag54.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var qrAmount) ? qrAmount : null;
            remark ??= Child(Child(parsed.DataObjects, "62")?.Children, "08")?.Value;
        }

        if (amount is not { } value || value is < 1 or > MaxAmount)
        {
            return Refused("amount_invalid", "The amount is a whole number of đồng from 1 to 499,999,999.");
        }

        remark ??= string.Empty;
        if (remark.Length > MaxRemarkLength)
        {
            return Refused("remark_too_long", $"The transfer content has at most {MaxRemarkLength} characters.");
        }

        return (Book(value, remark, request.FromAccount ?? SandboxTransferAccount.Default), null);
    }

    /// <summary>
    /// Plays the citizen for <c>simulate_payment</c>: <c>succeeded</c> scans the attempt's QR and pays exactly its
    /// amount with its reference as the content; <c>failed</c> transfers nothing. Once per reference.
    /// </summary>
    public BankSandboxRefusal? Complete(string reference, SandboxCompletionRequest request)
    {
        if (request.Pays is not { } pays)
        {
            return new BankSandboxRefusal("outcome_invalid", "The outcome is succeeded or failed.");
        }

        if (!TransferReference.IsValid(reference))
        {
            return new BankSandboxRefusal("reference_invalid", "Not a PayGov transfer reference.", StatusCodes.Status404NotFound);
        }

        if (pays && (request.QrPayload is not { } payload || Child(Child(VietQrPayload.Parse(payload).DataObjects, "62")?.Children, "08")?.Value != reference))
        {
            return new BankSandboxRefusal("qr_payload_invalid", "Paying needs the attempt's VietQR payload, valid and carrying this reference in 62/08.");
        }

        if (!completedReferences.TryAdd(reference, 0))
        {
            return new BankSandboxRefusal("already_completed", "This reference was already completed.", StatusCodes.Status409Conflict);
        }

        if (!pays)
        {
            return null;
        }

        var (_, refusal) = Transfer(new SandboxTransferRequest(request.QrPayload));
        if (refusal is not null)
        {
            completedReferences.TryRemove(reference, out _);
        }

        return refusal;
    }

    /// <summary>A booked credit with its notifications' deliveries so far, or <see langword="null"/>.</summary>
    public SandboxTransferResponse? Find(string transactionId) =>
        ledger.Find(transactionId) is { IsCredit: true } entry && bankReferences.TryGetValue(transactionId, out var bankReference)
            ? Response(entry, bankReference)
            : null;

    /// <summary>The collection account's statement of one business day.</summary>
    public SandboxBankStatement Statement(DateOnly day) => ledger.StatementOf(day, options.AccountNumber);

    private static (SandboxTransferResponse?, BankSandboxRefusal?) Refused(string code, string detail) => (null, new BankSandboxRefusal(code, detail));

    private static VietQrDataObject? Child(IEnumerable<VietQrDataObject>? objects, string id) => objects?.FirstOrDefault(o => o.Id == id);

    private SandboxTransferResponse Book(long amount, string remark, SandboxTransferAccount payer)
    {
        // Banks book to the second; the notification, the answer and the statement then show the same instant.
        var now = timeProvider.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var transactionId = ledger.NextTransactionId(now);

        // The description is written the way banks do for an interbank transfer: <BANK>.<trace>.<content>.
        var description = (payer.BankCode ?? "NAPAS") + "." + Trace(transactionId) + "." + remark;
        return Record(new SandboxBankEntry(transactionId, now, amount, IsCredit: true, description, null, payer.ToCounterAccount()));
    }

    /// <summary>
    /// Books a provider's payout on the collection account, with the batch id as the customer reference and the advice's
    /// remark, and notifies it as every credit (bank-notification.md §1); PayGov's callback finds no transfer reference in
    /// it and only records it. A payout to an account this bank does not hold is not booked here.
    /// </summary>
    public void Receive(SandboxPayout payout)
    {
        if (payout.Account != options.AccountNumber)
        {
            return;
        }

        var transactionId = ledger.NextTransactionId(payout.ExecutedAt);
        Record(new SandboxBankEntry(transactionId, payout.ExecutedAt, payout.Amount, IsCredit: true, payout.Remark, payout.BatchId, payout.Payer));
    }

    /// <summary>The NAPAS trace the payer sees, the notification's <c>bank_reference</c>.</summary>
    private static string Trace(string transactionId) => "5" + transactionId[^11..];

    private SandboxTransferResponse Record(SandboxBankEntry entry)
    {
        var bankReference = Trace(entry.TransactionId);
        ledger.Book(entry);
        bankReferences[entry.TransactionId] = bankReference;
        notifications[entry.TransactionId] = new();
        Notify(entry, bankReference);
        return Response(entry, bankReference);
    }

    private SandboxTransferResponse Response(SandboxBankEntry entry, string bankReference) => new(
        entry.TransactionId,
        bankReference,
        options.AccountNumber,
        entry.Amount,
        entry.BookingTime,
        entry.Remark,
        [.. notifications.GetValueOrDefault(entry.TransactionId, new()).Select(log => (IReadOnlyList<SandboxTransferDelivery>)[.. log.Select(SandboxTransferDelivery.From)])]);

    /// <summary>
    /// Sends the credit notification (bank-notification.md §2) with the fault switches: a duplicate, a late first
    /// delivery, a wrong amount (authentic, but not what was booked), a bad signature, a stale timestamp, a body
    /// altered after signing. Every delivery is signed afresh.
    /// </summary>
    private void Notify(SandboxBankEntry entry, string bankReference)
    {
        if (options.NotificationUrl is not { } target)
        {
            return;
        }

        var faults = switchboard.For(ProviderId.BankTransfer);
        var reported = faults.WrongAmount ? entry.Amount + 1_000 : entry.Amount;
        var signedBody = NotificationBody(entry, bankReference, reported);
        var sentBody = faults.TamperedBody ? NotificationBody(entry, bankReference, reported + 1_000) : signedBody;
        var copies = faults.DuplicateCallbacks ? 2 : 1;
        for (var copy = 0; copy < copies; copy++)
        {
            var log = new ConcurrentQueue<SandboxDeliveryAttempt>();
            notifications[entry.TransactionId].Enqueue(log);
            // Each copy keeps its own delivery log, so duplicates are made here and the dispatcher sends each once.
            dispatcher.Enqueue(SandboxCallback.PostJson(
                ProviderId.BankTransfer,
                target,
                sentBody,
                options.NotificationRetryDelays(),
                (status, _) => (int)status is >= 200 and < 300) with
            {
                HeadersFor = attempt => new Dictionary<string, string>
                {
                    [BankNotificationSignature.HeaderName] = SignatureHeader(signedBody, attempt, faults),
                },
                GivesUp = GivesUp,
                AttemptTimeout = options.AttemptTimeout,
                OnAttempt = log.Enqueue,
            },
            faults with { DuplicateCallbacks = false });
        }
    }

    /// <summary>The sender's retry rule: retry time-outs and 5xx; never a 4xx, except one retry after a 401 for its own clock.</summary>
    private static bool GivesUp(HttpStatusCode status, string body, int attempt) =>
        (int)status is >= 400 and < 500
        && !(status == HttpStatusCode.Unauthorized && attempt == 1 && body.Contains(BankNotificationAnswer.TimestampOutOfWindow.ProblemCode!, StringComparison.Ordinal));

    private string SignatureHeader(string body, int attempt, SandboxFaults faults)
    {
        var signedAt = timeProvider.GetUtcNow() - (faults.StaleTimestamp && attempt == 1 ? StaleBy : TimeSpan.Zero);
        var header = BankNotificationSignature.CreateHeader(signedAt.ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body), [options.NotificationSecret]);

        // Flip the last hex digit: the shape of a signature, never a valid one.
        return faults.BadSignature ? header[..^1] + (header[^1] == '0' ? '1' : '0') : header;
    }

    /// <summary>The body in the field order of bank-notification.md §2.</summary>
    private string NotificationBody(SandboxBankEntry entry, string bankReference, long amount)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("transaction_id", entry.TransactionId);
            json.WriteString("bank_code", options.BankBin);
            json.WriteString("account_number", options.AccountNumber);
            json.WriteNumber("amount", amount);
            json.WriteString("currency", "VND");
            json.WriteString("credit_time", VietnamTime.ToVietnam(entry.BookingTime).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            json.WriteString("description", entry.Remark);
            json.WriteString("bank_reference", bankReference);
            if (entry.Counterparty is { } payer)
            {
                json.WriteStartObject("counter_account");
                WriteIfKnown(json, "bank_code", payer.BankCode);
                WriteIfKnown(json, "number", payer.Number);
                WriteIfKnown(json, "name", payer.Name);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The parts of <c>counter_account</c> are optional: one the bank does not know is left out.</summary>
    private static void WriteIfKnown(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
