using System.Globalization;
using Microsoft.Extensions.Options;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>The sandbox bank's book of the collection account: every entry in booking order, and the balance.</summary>
public sealed class SandboxBankLedger
{
    private readonly Lock gate = new();
    private readonly List<SandboxBankEntry> entries = [];
    private readonly long openingBalance;
    private long lastSequence;

    /// <summary>Creates the ledger.</summary>
    /// <param name="options">The account's opening balance.</param>
    public SandboxBankLedger(IOptions<BankTransferSandboxOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        openingBalance = options.Value.OpeningBalance;
    }

    /// <summary>A new entry id: <c>FT</c>, the GMT+7 <c>yyDDD</c> of booking, a 9-digit sequence (16 characters, like <c>FT25073812345678</c>).</summary>
    /// <param name="bookingTime">When the entry is booked.</param>
    /// <returns>The id, unique in this ledger.</returns>
    public string NextTransactionId(DateTimeOffset bookingTime)
    {
        var local = VietnamTime.ToVietnam(bookingTime);
        var sequence = Interlocked.Increment(ref lastSequence);
        return "FT" + local.ToString("yy", CultureInfo.InvariantCulture) + local.DayOfYear.ToString("D3", CultureInfo.InvariantCulture)
            + (sequence % 1_000_000_000).ToString("D9", CultureInfo.InvariantCulture);
    }

    /// <summary>Books an entry on the account.</summary>
    /// <param name="entry">The entry; its id must be new.</param>
    /// <exception cref="ArgumentException">The id is already booked, or the entry is malformed.</exception>
    public void Book(SandboxBankEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(entry.Amount);
        if (entry.TransactionId.Length is 0 or > 16 || !entry.TransactionId.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException("An entry id is 1 to 16 letters or digits.", nameof(entry));
        }

        lock (gate)
        {
            if (entries.Any(e => e.TransactionId == entry.TransactionId))
            {
                throw new ArgumentException("Entry " + entry.TransactionId + " is already booked.", nameof(entry));
            }

            entries.Add(entry);
        }
    }

    /// <summary>The entry with this id, if booked.</summary>
    /// <param name="transactionId">The entry id.</param>
    /// <returns>The entry or <see langword="null"/>.</returns>
    public SandboxBankEntry? Find(string transactionId)
    {
        lock (gate)
        {
            return entries.FirstOrDefault(e => e.TransactionId == transactionId);
        }
    }

    /// <summary>The statement of one business day (GMT+7): the balance before it and its entries in booking order.</summary>
    /// <param name="day">The day.</param>
    /// <param name="accountNumber">The account the statement names.</param>
    /// <returns>The statement.</returns>
    public SandboxBankStatement StatementOf(DateOnly day, string accountNumber)
    {
        lock (gate)
        {
            var before = entries.Where(e => DayOf(e) < day).Sum(e => e.SignedAmount);
            var ofDay = entries.Where(e => DayOf(e) == day).OrderBy(e => e.BookingTime).ToList();
            return new SandboxBankStatement(accountNumber, day, openingBalance + before, ofDay);
        }
    }

    private static DateOnly DayOf(SandboxBankEntry entry) => DateOnly.FromDateTime(VietnamTime.ToVietnam(entry.BookingTime).DateTime);
}
