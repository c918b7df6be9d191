using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Parsing;

/// <summary>
/// camt.053.001.08 statement (formats/camt053.md), read with a forward-only <see cref="XmlReader"/>: only one
/// <c>Ntry</c> (or <c>Bal</c>, <c>Acct</c>) is materialised at a time, so a 100,000-entry file streams.
/// Elements are matched by namespace and local name, never by prefix.
/// </summary>
public sealed class Camt053StatementReader : BankStatementReader
{
    private const string Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    private static readonly XNamespace Ns = Namespace;
    private readonly Stream _stream;

    public Camt053StatementReader(Stream stream, string fileName, string account)
        : base(fileName, account) => _stream = stream;

    public override IEnumerable<BankStatementEntry> ReadEntries()
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreWhitespace = true, CloseInput = false };
        using var reader = XmlReader.Create(_stream, settings);
        var info = (IXmlLineInfo)reader;
        var documentSeen = false;
        var statements = 0;
        long? previousClosing = null;
        var position = 0;
        while (Read(reader, info))
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName == "Document" && reader.NamespaceURI.StartsWith("urn:iso:std:iso:20022:tech:xsd:camt.053.", StringComparison.Ordinal))
            {
                if (reader.NamespaceURI != Namespace)
                {
                    throw FieldReader.Error(FileName, info.LineNumber, "Document", $"'{reader.NamespaceURI}' is not camt.053.001.08");
                }

                documentSeen = true;
                continue;
            }

            if (!documentSeen || reader.LocalName != "Stmt" || reader.NamespaceURI != Namespace)
            {
                continue;
            }

            // One Stmt per page or per account: take the pages of the run's account, chained by their balances.
            var stmtDepth = reader.Depth;
            long? opening = null, closing = null;
            var ours = false;
            var accountSeen = false;
            long balance = 0, credits = 0, debits = 0;
            int creditCount = 0, debitCount = 0;
            XElement? summary = null;
            var stmtLine = info.LineNumber;
            Read(reader, info);
            while (!reader.EOF && reader.Depth > stmtDepth)
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    Read(reader, info);
                    continue;
                }

                var line = info.LineNumber;
                switch (reader.LocalName)
                {
                    case "Acct":
                    {
                        var acct = Load(reader, info);
                        var id = acct.Element(Ns + "Id");
                        var number = (string?)id?.Element(Ns + "Othr")?.Element(Ns + "Id") ?? (string?)id?.Element(Ns + "IBAN") ?? "";
                        ours = number.Trim() == Account;
                        accountSeen = true;
                        var currency = (string?)acct.Element(Ns + "Ccy");
                        if (ours && currency is not null && currency != "VND")
                        {
                            throw FieldReader.Error(FileName, line, "Acct/Ccy", $"currency '{currency}' is not VND");
                        }

                        continue;
                    }

                    case "Bal":
                    {
                        var bal = Load(reader, info);
                        if (!ours)
                        {
                            continue;
                        }

                        var type = (string?)bal.Element(Ns + "Tp")?.Element(Ns + "CdOrPrtry")?.Element(Ns + "Cd");
                        var amount = Amount(bal, line, "Bal/Amt");
                        if ((string?)bal.Element(Ns + "CdtDbtInd") == "DBIT")
                        {
                            amount = -amount;
                        }

                        if (type == "OPBD")
                        {
                            opening = amount;
                            balance = amount;
                        }
                        else if (type == "CLBD")
                        {
                            closing = amount;
                        }

                        continue;
                    }

                    case "TxsSummry":
                        summary = Load(reader, info);
                        continue;

                    case "Ntry":
                    {
                        var ntry = Load(reader, info);
                        if (!ours)
                        {
                            continue;
                        }

                        if (opening is null)
                        {
                            throw FieldReader.Error(FileName, line, "Bal", "the statement has no OPBD opening balance before its entries");
                        }

                        if (((string?)ntry.Element(Ns + "Sts")?.Element(Ns + "Cd") ?? (string?)ntry.Element(Ns + "Sts")) != "BOOK")
                        {
                            continue;
                        }

                        var amount = Amount(ntry, line, "Ntry/Amt");
                        var direction = (string?)ntry.Element(Ns + "CdtDbtInd") switch
                        {
                            "CRDT" => EntryDirection.Credit,
                            "DBIT" => EntryDirection.Debit,
                            var other => throw FieldReader.Error(FileName, line, "Ntry/CdtDbtInd", $"'{other}' is not CRDT or DBIT"),
                        };
                        if (direction == EntryDirection.Credit)
                        {
                            balance = checked(balance + amount);
                            credits = checked(credits + amount);
                            creditCount++;
                        }
                        else
                        {
                            balance = checked(balance - amount);
                            debits = checked(debits + amount);
                            debitCount++;
                        }

                        foreach (var entry in Entries(ntry, amount, direction, line, ++position))
                        {
                            yield return entry;
                        }

                        continue;
                    }

                    default:
                        Read(reader, info);
                        continue;
                }
            }

            if (!accountSeen)
            {
                throw FieldReader.Error(FileName, stmtLine, "Stmt/Acct", "the statement names no account");
            }

            if (!ours)
            {
                continue;
            }

            if (opening is null || closing is null)
            {
                throw FieldReader.Error(FileName, stmtLine, "Bal", "the statement needs an OPBD and a CLBD balance");
            }

            if (previousClosing is not null && opening != previousClosing)
            {
                throw FieldReader.Error(FileName, stmtLine, "Bal", $"opening {opening} does not equal the previous page's closing {previousClosing}");
            }

            if (balance != closing)
            {
                throw FieldReader.Error(FileName, stmtLine, "Bal", $"closing {closing} does not equal opening plus booked entries {balance}");
            }

            if (summary is not null)
            {
                CheckSummary(summary, creditCount, credits, debitCount, debits);
            }

            if (statements == 0)
            {
                Opening = opening.Value;
            }

            statements++;
            previousClosing = closing;
            Closing = closing.Value;
        }

        if (!documentSeen)
        {
            throw FieldReader.Error(FileName, 1, "Document", "not a camt.053.001.08 document");
        }

        if (statements == 0)
        {
            throw FieldReader.Error(FileName, 0, "Stmt/Acct", $"no statement of account '{Account}' in the file");
        }
    }

    private IEnumerable<BankStatementEntry> Entries(XElement ntry, long amount, EntryDirection direction, int line, int position)
    {
        var reversal = (string?)ntry.Element(Ns + "RvslInd") is "true" or "1";
        var reference = (string?)ntry.Element(Ns + "AcctSvcrRef");
        var additional = (string?)ntry.Element(Ns + "AddtlNtryInf") ?? "";
        var valueDate = DateOf(ntry.Element(Ns + "ValDt"), line, "Ntry/ValDt");
        var booking = ntry.Element(Ns + "BookgDt");
        DateTimeOffset? bookingTime = (string?)booking?.Element(Ns + "DtTm") is { } dtm
            ? DateTimeOffset.Parse(dtm, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;
        var bookingDate = DateOf(booking, line, "Ntry/BookgDt");
        var details = ntry.Element(Ns + "NtryDtls")?.Elements(Ns + "TxDtls").ToList() ?? [];
        reference ??= (string?)details.FirstOrDefault()?.Element(Ns + "Refs")?.Element(Ns + "AcctSvcrRef") ?? (string?)ntry.Element(Ns + "NtryRef") ?? "";
        if (details.Count <= 1)
        {
            yield return Entry(details.FirstOrDefault(), amount, reference);
            yield break;
        }

        // A batch booked as one entry: each transaction is matched on its own with its own amount.
        var index = 0;
        foreach (var tx in details)
        {
            index++;
            var txReference = (string?)tx.Element(Ns + "Refs")?.Element(Ns + "AcctSvcrRef")
                ?? string.Create(CultureInfo.InvariantCulture, $"{reference}/{index}");
            yield return Entry(tx, Amount(tx, line, "TxDtls/Amt"), txReference);
        }

        BankStatementEntry Entry(XElement? tx, long txAmount, string bankReference)
        {
            var parties = tx?.Element(Ns + "RltdPties");
            var party = direction == EntryDirection.Credit ? "Dbtr" : "Cdtr";
            var ustrd = tx?.Element(Ns + "RmtInf")?.Elements(Ns + "Ustrd").Select(u => u.Value) ?? [];
            return new BankStatementEntry
            {
                Direction = direction,
                IsReversal = reversal,
                Amount = txAmount,
                ValueDate = valueDate ?? bookingDate ?? default,
                BookingDate = bookingDate,
                BookingTime = bookingTime,
                BankReference = bankReference,
                EndToEndId = (string?)tx?.Element(Ns + "Refs")?.Element(Ns + "EndToEndId") is { } e2e && e2e != "NOTPROVIDED" ? e2e : "",
                Remark = string.Join(" ", ustrd),
                SupplementaryDetails = additional,
                CounterpartyName = (string?)parties?.Element(Ns + party)?.Element(Ns + "Pty")?.Element(Ns + "Nm") ?? "",
                CounterpartyAccount = (string?)parties?.Element(Ns + party + "Acct")?.Element(Ns + "Id")?.Element(Ns + "Othr")?.Element(Ns + "Id") ?? "",
                Position = position,
                FileLine = line,
            };
        }
    }

    private DateOnly? DateOf(XElement? element, int line, string field)
    {
        if (element is null)
        {
            return null;
        }

        if ((string?)element.Element(Ns + "Dt") is { } date)
        {
            return FieldReader.IsoDate(date, FileName, line, field);
        }

        if ((string?)element.Element(Ns + "DtTm") is { } dateTime && dateTime.Length >= 10)
        {
            return FieldReader.IsoDate(dateTime.AsSpan(0, 10), FileName, line, field);
        }

        return null;
    }

    private void CheckSummary(XElement summary, int creditCount, long credits, int debitCount, long debits)
    {
        var line = ((IXmlLineInfo)summary).LineNumber;
        Check(summary.Element(Ns + "TtlNtries"), creditCount + debitCount, credits + debits, "TxsSummry/TtlNtries");
        Check(summary.Element(Ns + "TtlCdtNtries"), creditCount, credits, "TxsSummry/TtlCdtNtries");
        Check(summary.Element(Ns + "TtlDbtNtries"), debitCount, debits, "TxsSummry/TtlDbtNtries");

        void Check(XElement? totals, int count, long sum, string field)
        {
            if (totals is null)
            {
                return;
            }

            if ((string?)totals.Element(Ns + "NbOfNtries") is { } n && FieldReader.Count(n, FileName, line, field + "/NbOfNtries") != count)
            {
                throw FieldReader.Error(FileName, line, field + "/NbOfNtries", $"{n} does not equal the {count} booked entries");
            }

            if ((string?)totals.Element(Ns + "Sum") is { } s && FieldReader.WholeDong(s, '.', FileName, line, field + "/Sum") != sum)
            {
                throw FieldReader.Error(FileName, line, field + "/Sum", $"{s} does not equal the booked sum {sum}");
            }
        }
    }

    private long Amount(XElement parent, int line, string field)
    {
        var amt = parent.Element(Ns + "Amt") ?? throw FieldReader.Error(FileName, line, field, "missing");
        line = ((IXmlLineInfo)amt).HasLineInfo() ? ((IXmlLineInfo)amt).LineNumber : line;
        var currency = (string?)amt.Attribute("Ccy");
        if (currency != "VND")
        {
            throw FieldReader.Error(FileName, line, field, $"currency '{currency}' is not VND");
        }

        return FieldReader.WholeDong(amt.Value.Trim(), '.', FileName, line, field);
    }

    private XElement Load(XmlReader reader, IXmlLineInfo info)
    {
        try
        {
            XElement element;
            using (var subtree = reader.ReadSubtree())
            {
                element = XElement.Load(subtree, LoadOptions.SetLineInfo);
            }

            // The subtree reader leaves the document reader on the element's end tag.
            reader.Read();
            return element;
        }
        catch (XmlException ex)
        {
            throw FieldReader.Error(FileName, ex.LineNumber == 0 ? info.LineNumber : ex.LineNumber, "(xml)", ex.Message);
        }
    }

    private bool Read(XmlReader reader, IXmlLineInfo info)
    {
        try
        {
            return reader.Read();
        }
        catch (XmlException ex)
        {
            throw FieldReader.Error(FileName, ex.LineNumber == 0 ? info.LineNumber : ex.LineNumber, "(xml)", ex.Message);
        }
    }
}
