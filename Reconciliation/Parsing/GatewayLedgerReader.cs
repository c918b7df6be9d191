using System.Text;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// Streams the gateway ledger export (formats/gateway-ledger.md) row by row. Exact repeats of
/// (record_id, item_no) are dropped; a repeat with other content, a record whose items do not add up, or a
/// business day that disagrees with <c>status_at</c> refuses the file with <see cref="SettlementFileFormatException"/>.
/// The item-sum check can only finish at the end of the file, so a consumer must stage what it reads until the
/// enumeration completes.
/// </summary>
public sealed class GatewayLedgerReader
{
    private const string Header = "business_day,record_type,record_id,intent_id,portal_id,dossier_ref,provider,merchant_reference,original_merchant_reference,original_record_id,provider_txn_id,status,amount,expected_fee,collection_account,created_at,status_at,item_no,fee_code,fee_name,item_amount,treasury_code,budget_chapter,budget_sub_item,revenue_agency,area_code";
    private static readonly string[] Columns = Header.Split(',');

    private readonly Stream _stream;
    private readonly string _fileName;
    private readonly BusinessCalendar _calendar;
    private readonly StringPool _pool = new();

    public GatewayLedgerReader(Stream stream, string fileName, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(calendar);
        _stream = stream;
        _fileName = fileName;
        _calendar = calendar;
    }

    /// <summary>Records seen so far, by id (complete once <see cref="ReadRows"/> has been enumerated to the end).</summary>
    public IReadOnlyDictionary<string, LedgerRecord> Records => _records;

    /// <summary>The same map, for an engine that adopts it as its id index instead of building a second one.</summary>
    internal Dictionary<string, LedgerRecord> RecordsById => _records;

    private readonly Dictionary<string, LedgerRecord> _records = new(StringComparer.Ordinal);

    public IEnumerable<LedgerRow> ReadRows()
    {
        // UTF-8 without BOM: a BOM would surface as a character before the header and fail the header check.
        using var text = new StreamReader(_stream, new UTF8Encoding(false, true), false, 1 << 16, leaveOpen: true);
        var row = new DelimitedRow(new TextLineReader(text), ',', quoting: true) { FileName = _fileName };
        if (!row.Read() || row.Text != Header)
        {
            throw FieldReader.Error(_fileName, 1, "(header)", "the header row must list exactly the ledger columns in order");
        }

        // Rows are compared by hashes of their record part and item part rather than kept whole: a 1M-record
        // ledger is ~0.5 GB of text. A differing repeat that collides on a 32-bit hash would slip through,
        // with odds of 1 in 4 billion per repeated row.
        // Sized from the file: a ledger row is a few hundred bytes, and growing a million-entry map rehashes it.
        var expectedRows = _stream.CanSeek ? (int)Math.Min(_stream.Length / 250, 50_000_000) : 1024;
        _records.EnsureCapacity(expectedRows / 2);
        var recordLookup = _records.GetAlternateLookup<ReadOnlySpan<char>>();
        var itemHashes = new Dictionary<long, int>(expectedRows);
        while (row.Read())
        {
            var line = row.LineNumber;
            if (row.Count != Columns.Length)
            {
                throw FieldReader.Error(_fileName, line, "(row)", $"{row.Count} fields, expected {Columns.Length}");
            }

            var recordHash = string.GetHashCode(row.RawSpan(0, 16), StringComparison.Ordinal);
            var itemNo = FieldReader.Count(row[17], _fileName, line, "item_no");
            if (itemNo is < 1 or > 0xFFFF)
            {
                throw FieldReader.Error(_fileName, line, "item_no", $"'{itemNo}' must be between 1 and 65535");
            }

            var itemHash = string.GetHashCode(row.RawSpan(17, 25), StringComparison.Ordinal);
            var isNew = !recordLookup.TryGetValue(row[2], out var record);
            if (isNew)
            {
                record = ReadRecord(row, line);
                record.FirstLine = line;
                record.Sequence = _records.Count;
                record.RecordHash = recordHash;
                _records.Add(record.RecordId, record);
            }
            else if (record!.RecordHash != recordHash)
            {
                throw FieldReader.Error(_fileName, line, "(record columns)", $"record {record.RecordId} differs from its row at line {record.FirstLine}");
            }

            var itemKey = ((long)record!.Sequence << 16) | (uint)itemNo;
            if (itemHashes.TryGetValue(itemKey, out var seen))
            {
                if (seen != itemHash)
                {
                    throw FieldReader.Error(_fileName, line, "item_no", $"item {itemNo} of {record.RecordId} is repeated with different content");
                }

                continue;
            }

            itemHashes.Add(itemKey, itemHash);
            var itemAmount = FieldReader.Unsigned(row[20], _fileName, line, "item_amount");
            record.ItemSum = checked(record.ItemSum + itemAmount);
            yield return new LedgerRow
            {
                Record = record,
                IsFirstRowOfRecord = isNew,
                LineNumber = line,
                ItemNo = itemNo,
                FeeCode = Required(row, 18, line),
                ItemAmount = itemAmount,
                TreasuryCode = Code(row, 21, line, 4, 4),
                BudgetChapter = Code(row, 22, line, 3, 3),
                BudgetSubItem = Code(row, 23, line, 4, 4),
                RevenueAgency = Code(row, 24, line, 7, 7),
                AreaCode = Code(row, 25, line, 2, 5),
            };
        }

        foreach (var record in _records.Values)
        {
            if (record.ItemSum != record.Amount)
            {
                throw FieldReader.Error(_fileName, record.FirstLine, "item_amount", $"the items of {record.RecordId} add up to {record.ItemSum}, the record amount is {record.Amount}");
            }
        }
    }

    private LedgerRecord ReadRecord(DelimitedRow row, int line)
    {
        var businessDay = FieldReader.IsoDate(row[0], _fileName, line, "business_day");
        var kind = row[1] switch
        {
            "payment" => RecordKind.Payment,
            "refund" => RecordKind.Refund,
            _ => throw FieldReader.Error(_fileName, line, "record_type", $"'{row[1]}' is neither payment nor refund"),
        };
        if (!WireNames.TryParseChannel(row[6], out var provider))
        {
            throw FieldReader.Error(_fileName, line, "provider", $"'{row[6]}' is not a provider");
        }

        if (!WireNames.TryParseStatus(row[11], out var status)
            || (kind == RecordKind.Payment && status == RecordStatus.Pending)
            || (kind == RecordKind.Refund && status is not (RecordStatus.Succeeded or RecordStatus.Pending or RecordStatus.Failed)))
        {
            throw FieldReader.Error(_fileName, line, "status", $"'{row[11]}' is not a {row[1]} status");
        }

        var statusAt = FieldReader.UtcInstant(row[16], _fileName, line, "status_at");
        var computedDay = _calendar.BusinessDayOf(statusAt);
        if (computedDay != businessDay)
        {
            throw FieldReader.Error(_fileName, line, "business_day", $"'{businessDay:yyyy-MM-dd}' but status_at {row[16]} falls on business day {computedDay:yyyy-MM-dd} with cut-off {_calendar.Cutoff}");
        }

        return new LedgerRecord
        {
            BusinessDay = businessDay,
            Kind = kind,
            RecordId = Identifier(row, 2, line),
            IntentId = Identifier(row, 3, line),
            PortalId = _pool.Get(Required(row, 4, line)),
            Provider = provider,
            MerchantReference = Identifier(row, 7, line),
            OriginalMerchantReference = row.String(8),
            OriginalRecordId = row.String(9),
            ProviderTxnId = row[10].IsEmpty ? "" : row.String(10),
            Status = status,
            Amount = FieldReader.Unsigned(row[12], _fileName, line, "amount"),
            ExpectedFee = FieldReader.Unsigned(row[13], _fileName, line, "expected_fee"),
            CollectionAccount = _pool.Get(row[14]),
            CreatedAt = FieldReader.UtcInstant(row[15], _fileName, line, "created_at"),
            StatusAt = statusAt,
        };
    }

    private string Identifier(DelimitedRow row, int index, int line)
    {
        var value = row[index];
        if (value.IsEmpty || value.Length > 40)
        {
            throw FieldReader.Error(_fileName, line, Columns[index], $"'{value}' must be 1 to 40 characters");
        }

        return row.String(index);
    }

    private string Required(DelimitedRow row, int index, int line)
    {
        var value = row[index];
        return value.IsEmpty ? throw FieldReader.Error(_fileName, line, Columns[index], "must not be empty") : _pool.Get(value);
    }

    private string Code(DelimitedRow row, int index, int line, int minLength, int maxLength)
    {
        var value = row[index];
        var shapeOk = (value.Length == minLength || value.Length == maxLength) && !value.ContainsAnyExceptInRange('0', '9');
        return shapeOk ? _pool.Get(value) : throw FieldReader.Error(_fileName, line, Columns[index], $"'{value}' must be {(minLength == maxLength ? $"{minLength}" : $"{minLength} or {maxLength}")} digits");
    }
}
