using System.Globalization;
using System.Text;
using System.Xml;

namespace PayGov.Providers.Sandbox.BankTransfer;

/// <summary>
/// Writes a statement as an ISO 20022 camt.053.001.08 document (reconciliation formats/camt053.md): UTF-8,
/// Vietnamese text kept, one <c>Stmt</c> with OPBD and CLBD balances, a transaction summary and one <c>Ntry</c> per entry.
/// </summary>
internal static class Camt053StatementWriter
{
    private const string Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    private const int UstrdLength = 140;

    public static byte[] Write(SandboxBankStatement statement, DateTimeOffset createdAt)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            var id = statement.AccountNumber + "-" + statement.Day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var created = Time(createdAt);
            xml.WriteStartDocument();
            xml.WriteStartElement("Document", Namespace);
            xml.WriteStartElement("BkToCstmrStmt");
            xml.WriteStartElement("GrpHdr");
            xml.WriteElementString("MsgId", "STMT-" + id);
            xml.WriteElementString("CreDtTm", created);
            xml.WriteEndElement();

            xml.WriteStartElement("Stmt");
            xml.WriteElementString("Id", id);
            xml.WriteElementString("ElctrncSeqNb", statement.Number.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("CreDtTm", created);
            xml.WriteStartElement("FrToDt");
            xml.WriteElementString("FrDtTm", statement.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+07:00");
            xml.WriteElementString("ToDtTm", statement.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59+07:00");
            xml.WriteEndElement();
            xml.WriteStartElement("Acct");
            AccountId(xml, statement.AccountNumber);
            xml.WriteElementString("Ccy", "VND");
            xml.WriteEndElement();
            Balance(xml, "OPBD", statement.Opening, statement.Day);
            Balance(xml, "CLBD", statement.Closing, statement.Day);
            Summary(xml, statement);
            var position = 0;
            foreach (var entry in statement.Entries)
            {
                Entry(xml, entry, ++position);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void Entry(XmlWriter xml, SandboxBankEntry entry, int position)
    {
        var direction = entry.IsCredit ? "CRDT" : "DBIT";
        xml.WriteStartElement("Ntry");
        xml.WriteElementString("NtryRef", position.ToString(CultureInfo.InvariantCulture));
        Amount(xml, entry.Amount);
        xml.WriteElementString("CdtDbtInd", direction);
        xml.WriteStartElement("Sts");
        xml.WriteElementString("Cd", "BOOK");
        xml.WriteEndElement();
        xml.WriteStartElement("BookgDt");
        xml.WriteElementString("DtTm", Time(entry.BookingTime));
        xml.WriteEndElement();
        xml.WriteStartElement("ValDt");
        xml.WriteElementString("Dt", VietnamTime.ToVietnam(entry.BookingTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteElementString("AcctSvcrRef", entry.TransactionId);
        xml.WriteStartElement("BkTxCd");
        xml.WriteStartElement("Domn");
        xml.WriteElementString("Cd", "PMNT");
        xml.WriteStartElement("Fmly");
        xml.WriteElementString("Cd", entry.IsCredit ? "RCDT" : "ICDT");
        xml.WriteElementString("SubFmlyCd", "DMCT");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("NtryDtls");
        xml.WriteStartElement("TxDtls");
        xml.WriteStartElement("Refs");
        xml.WriteElementString("AcctSvcrRef", entry.TransactionId);
        xml.WriteElementString("EndToEndId", string.IsNullOrEmpty(entry.CustomerReference) ? "NOTPROVIDED" : entry.CustomerReference);
        xml.WriteEndElement();
        Amount(xml, entry.Amount);
        xml.WriteElementString("CdtDbtInd", direction);
        if (entry.Counterparty is { } counterparty)
        {
            var party = entry.IsCredit ? "Dbtr" : "Cdtr";
            xml.WriteStartElement("RltdPties");
            if (counterparty.Name is { Length: > 0 } name)
            {
                xml.WriteStartElement(party);
                xml.WriteStartElement("Pty");
                xml.WriteElementString("Nm", name);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            if (counterparty.Number is { Length: > 0 } number)
            {
                xml.WriteStartElement(party + "Acct");
                AccountId(xml, number);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        if (entry.Remark.Length > 0)
        {
            xml.WriteStartElement("RmtInf");
            for (var start = 0; start < entry.Remark.Length; start += UstrdLength)
            {
                xml.WriteElementString("Ustrd", entry.Remark.Substring(start, Math.Min(UstrdLength, entry.Remark.Length - start)));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Summary(XmlWriter xml, SandboxBankStatement statement)
    {
        var credits = statement.Entries.Where(e => e.IsCredit).ToList();
        var debits = statement.Entries.Where(e => !e.IsCredit).ToList();
        var net = credits.Sum(e => e.Amount) - debits.Sum(e => e.Amount);
        xml.WriteStartElement("TxsSummry");
        xml.WriteStartElement("TtlNtries");
        xml.WriteElementString("NbOfNtries", statement.Entries.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("Sum", statement.Entries.Sum(e => e.Amount).ToString(CultureInfo.InvariantCulture));
        xml.WriteStartElement("TtlNetNtry");
        xml.WriteElementString("Amt", Math.Abs(net).ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("CdtDbtInd", net < 0 ? "DBIT" : "CRDT");
        xml.WriteEndElement();
        xml.WriteEndElement();
        Totals(xml, "TtlCdtNtries", credits);
        Totals(xml, "TtlDbtNtries", debits);
        xml.WriteEndElement();
    }

    private static void Totals(XmlWriter xml, string name, List<SandboxBankEntry> entries)
    {
        xml.WriteStartElement(name);
        xml.WriteElementString("NbOfNtries", entries.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("Sum", entries.Sum(e => e.Amount).ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void Balance(XmlWriter xml, string type, long balance, DateOnly day)
    {
        xml.WriteStartElement("Bal");
        xml.WriteStartElement("Tp");
        xml.WriteStartElement("CdOrPrtry");
        xml.WriteElementString("Cd", type);
        xml.WriteEndElement();
        xml.WriteEndElement();
        Amount(xml, Math.Abs(balance));
        xml.WriteElementString("CdtDbtInd", balance < 0 ? "DBIT" : "CRDT");
        xml.WriteStartElement("Dt");
        xml.WriteElementString("Dt", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Vietnamese accounts are not IBANs: <c>Id/Othr/Id</c>.</summary>
    private static void AccountId(XmlWriter xml, string number)
    {
        xml.WriteStartElement("Id");
        xml.WriteStartElement("Othr");
        xml.WriteElementString("Id", number);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Amount(XmlWriter xml, long amount)
    {
        xml.WriteStartElement("Amt");
        xml.WriteAttributeString("Ccy", "VND");
        xml.WriteString(amount.ToString(CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static string Time(DateTimeOffset instant) => VietnamTime.ToVietnam(instant).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
