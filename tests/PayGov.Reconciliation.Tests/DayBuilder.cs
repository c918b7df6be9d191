using System.Globalization;
using System.Text;
using PayGov.Reconciliation.Matching;
using PayGov.Reconciliation.Model;

namespace PayGov.Reconciliation.Tests;

/// <summary>
/// Builds one run day's files in memory with valid defaults (balances, footers and nets computed), so a test states
/// only the record or line it is about. Accounts and tariffs come from the worked day's config.json.
/// </summary>
internal sealed class DayBuilder
{
    public const string HanoiAccount = "0011004455667";
    public const string HcmAccount = "113000223344";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private readonly List<string> _ledger = [];
    private readonly List<string> _vnpay = [];
    private readonly List<string> _vnpayPayouts = [];
    private readonly List<string> _momo = [];
    private readonly List<string> _zalopay = [];
    private readonly List<string> _zalopayPayouts = [];
    private readonly List<(string Mark, long Amount, string Reference, string Customer, string Remark)> _mt940 = [];

    public DayBuilder(DateOnly day) => Day = day;

    public DateOnly Day { get; }

    public bool WithVnPay { get; set; } = true;
    public bool WithMoMo { get; set; } = true;
    public bool WithZaloPay { get; set; } = true;
    public bool WithStatements { get; set; } = true;

    /// <summary>A payment; <paramref name="localTime"/> is GMT+7 on the day (or <paramref name="recordDay"/>).</summary>
    public DayBuilder Payment(string id, PaymentChannel provider, string reference, string txn, long amount, long fee,
        string localTime = "10:00:00", string status = "succeeded", string account = "", DateOnly? recordDay = null, string intent = "")
    {
        var day = recordDay ?? Day;
        var statusAt = Utc(day, localTime);
        _ledger.Add(string.Join(',', day.ToString("yyyy-MM-dd", Inv), "payment", id, intent.Length > 0 ? intent : "pi_" + id, "dvc-hanoi", "HS-" + id,
            WireNames.Of(provider), reference, "", "", txn, status, amount.ToString(Inv), fee.ToString(Inv), account,
            statusAt, statusAt, "1", "LP.LLTP", "Lệ phí cấp phiếu lý lịch tư pháp", amount.ToString(Inv), "0011", "426", "2764", "1101001", "00004"));
        return this;
    }

    public DayBuilder Refund(string id, PaymentChannel provider, string refundReference, string txn, long amount, string localTime = "15:00:00")
    {
        var statusAt = Utc(Day, localTime);
        _ledger.Add(string.Join(',', Day.ToString("yyyy-MM-dd", Inv), "refund", id, "pi_orig", "dvc-hanoi", "HS-" + id,
            WireNames.Of(provider), refundReference, "orig_ref", "pa_orig", txn, "succeeded", amount.ToString(Inv), "0", "",
            statusAt, statusAt, "1", "LP.LLTP", "Lệ phí", amount.ToString(Inv), "0011", "426", "2764", "1101001", "00004"));
        return this;
    }

    public DayBuilder LedgerRow(string raw)
    {
        _ledger.Add(raw);
        return this;
    }

    public DayBuilder VnPay(string txn, string reference, long gross, long fee, string localTime = "10:00:00", string type = "01", string status = "00", string refundReference = "", DateOnly? lineDay = null)
    {
        var success = status == "00";
        var net = !success ? 0 : type == "01" ? gross - fee : -(gross + fee);
        _vnpay.Add(string.Join(',', (_vnpay.Count + 1).ToString(Inv), txn, reference, refundReference, type,
            (lineDay ?? Day).ToString("dd/MM/yyyy", Inv) + " " + localTime, type == "01" ? "NCB" : "", gross.ToString(Inv), fee.ToString(Inv),
            net.ToString(Inv), status, "VNP" + Day.ToString("yyMMdd", Inv) + "01", Day.AddDays(1).ToString("dd/MM/yyyy", Inv)));
        return this;
    }

    public DayBuilder VnPayPayout(string batch, long amount, string account = HanoiAccount)
    {
        _vnpayPayouts.Add(string.Join(',', "CHI", batch, Day.ToString("dd/MM/yyyy", Inv), Day.AddDays(-1).ToString("dd/MM/yyyy", Inv), "1", amount.ToString(Inv), account, "VNPAY TT DOI SOAT " + batch));
        return this;
    }

    public DayBuilder MoMo(string txn, string reference, long signedAmount, long fee, string kind = "Thanh toán", string status = "Thành công", string original = "")
    {
        var net = status == "Thành công" ? signedAmount - fee : 0;
        _momo.Add(string.Join(';', txn, reference, original, kind, Day.ToString("yyyy-MM-dd", Inv) + " 11:00:00", signedAmount.ToString(Inv),
            fee.ToString(Inv), net.ToString(Inv), status, "MM" + Day.ToString("yyyyMMdd", Inv) + "001", Day.AddDays(1).ToString("yyyy-MM-dd", Inv)));
        return this;
    }

    public DayBuilder ZaloPay(string txn, string reference, long gross, long fee, string type = "1", string status = "1", string refundReference = "")
    {
        var success = status == "1";
        var net = !success ? 0 : type == "1" ? gross - fee : -(gross + fee);
        var millis = new DateTimeOffset(Day.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero).ToUnixTimeMilliseconds();
        _zalopay.Add(string.Join('|', "D", txn, reference, refundReference, type, millis.ToString(Inv), gross.ToString(Inv), fee.ToString(Inv),
            net.ToString(Inv), status, "ZP" + Day.ToString("yyMMdd", Inv) + "S9999", Day.AddDays(1).ToString("yyyyMMdd", Inv)));
        return this;
    }

    /// <summary>An entry on the Hanoi MT940 account; <paramref name="mark"/> is C, D, RC or RD.</summary>
    public DayBuilder Mt940(string mark, long amount, string bankReference, string remark, string customer = "NONREF")
    {
        _mt940.Add((mark, amount, bankReference, customer, remark));
        return this;
    }

    public string LedgerText() =>
        "business_day,record_type,record_id,intent_id,portal_id,dossier_ref,provider,merchant_reference,original_merchant_reference,original_record_id,provider_txn_id,status,amount,expected_fee,collection_account,created_at,status_at,item_no,fee_code,fee_name,item_amount,treasury_code,budget_chapter,budget_sub_item,revenue_agency,area_code\n"
        + string.Concat(_ledger.Select(l => l + "\n"));

    public string VnPayText()
    {
        var lines = _vnpay.Select(l => l.Split(',')).ToList();
        long Sum(Func<string[], bool> filter, int column) => lines.Where(filter).Sum(l => long.Parse(l[column], Inv));
        var footer = string.Join(',', "TONG", lines.Count.ToString(Inv),
            Sum(l => l[10] == "00" && l[4] == "01", 7).ToString(Inv), Sum(l => l[10] == "00" && l[4] != "01", 7).ToString(Inv),
            Sum(l => l[10] == "00", 8).ToString(Inv), Sum(_ => true, 9).ToString(Inv));
        return string.Concat(
            new[] { $"VNPAY_SETTLEMENT,PGOVTEST,{Day.ToString("yyyyMMdd", Inv)},{Day.AddDays(1).ToString("yyyyMMdd", Inv)}011005,VND",
                "STT,MaGiaoDichVNPAY,MaThamChieu,MaHoanTien,LoaiGD,ThoiGianGD,NganHang,SoTien,PhiGD,ThucNhan,TrangThai,MaLoChi,NgayChi" }
            .Concat(_vnpay).Append(footer).Concat(_vnpayPayouts).Select(l => l + "\r\n"));
    }

    public string MoMoText() =>
        "\uFEFF" + string.Concat(new[] { $"Báo cáo đối soát giao dịch;Mã đối tác: MOMOPGOV2025;Ngày: {Day.ToString("dd/MM/yyyy", Inv)}",
            "Mã giao dịch MoMo;Mã đơn hàng;Mã giao dịch gốc;Loại giao dịch;Thời gian;Số tiền;Phí;Thực nhận;Trạng thái;Mã đợt thanh toán;Ngày thanh toán" }
            .Concat(_momo).Select(l => l + "\r\n"));

    public string ZaloPayText()
    {
        var lines = _zalopay.Select(l => l.Split('|')).ToList();
        long Sum(Func<string[], bool> filter, int column) => lines.Where(filter).Sum(l => long.Parse(l[column], Inv));
        var trailer = string.Join('|', "T", lines.Count.ToString(Inv), Sum(l => l[9] == "1" && l[4] == "1", 6).ToString(Inv),
            Sum(l => l[9] == "1" && l[4] == "2", 6).ToString(Inv), Sum(l => l[9] == "1", 7).ToString(Inv), Sum(_ => true, 8).ToString(Inv));
        return string.Concat(new[] { $"H|9999|{Day.ToString("yyyyMMdd", Inv)}|1760465405000|1" }.Concat(_zalopay).Concat(_zalopayPayouts).Append(trailer).Select(l => l + "\n"));
    }

    public string Mt940Text()
    {
        const long opening = 1_000_000;
        var closing = opening + _mt940.Sum(e => e.Mark is "C" or "RD" ? e.Amount : -e.Amount);
        var yymmdd = Day.ToString("yyMMdd", Inv);
        var text = new StringBuilder();
        text.Append(":20:STMT").Append(yymmdd).Append("\r\n:25:").Append(HanoiAccount).Append("\r\n:28C:1/1\r\n:60F:C").Append(yymmdd).Append("VND")
            .Append(opening.ToString(Inv)).Append(",\r\n");
        foreach (var (mark, amount, reference, customer, remark) in _mt940)
        {
            text.Append(":61:").Append(yymmdd).Append(Day.ToString("MMdd", Inv)).Append(mark).Append(amount.ToString(Inv)).Append(",NTRF")
                .Append(customer).Append("//").Append(reference).Append("\r\n:86:").Append(remark).Append("\r\n");
        }

        text.Append(":62F:C").Append(yymmdd).Append("VND").Append(closing.ToString(Inv)).Append(",\r\n-\r\n");
        return text.ToString();
    }

    public string CamtText() =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId><CreDtTm>2025-10-15T00:30:00+07:00</CreDtTm></GrpHdr>
        <Stmt><Id>S</Id><Acct><Id><Othr><Id>{HcmAccount}</Id></Othr></Id><Ccy>VND</Ccy></Acct>
        <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="VND">5000000</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{Day:yyyy-MM-dd}</Dt></Dt></Bal>
        <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="VND">5000000</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{Day:yyyy-MM-dd}</Dt></Dt></Bal>
        </Stmt></BkToCstmrStmt></Document>
        """;

    public DayInputs Build(ReconciliationConfig? config = null)
    {
        var stamp = Day.ToString("yyyyMMdd", Inv);
        var reports = new Dictionary<PaymentChannel, InputFile>();
        if (WithVnPay)
        {
            reports[PaymentChannel.VnPay] = File($"vnpay_{stamp}.csv", VnPayText());
        }

        if (WithMoMo)
        {
            reports[PaymentChannel.MoMo] = File($"momo_{stamp}.csv", MoMoText());
        }

        if (WithZaloPay)
        {
            reports[PaymentChannel.ZaloPay] = File($"zalopay_{stamp}.csv", ZaloPayText());
        }

        var statements = new Dictionary<string, InputFile>();
        if (WithStatements)
        {
            statements[HanoiAccount] = File($"statement_{HanoiAccount}_{stamp}.mt940", Mt940Text());
            statements[HcmAccount] = File($"statement_{HcmAccount}_{stamp}.xml", CamtText());
        }

        return new DayInputs
        {
            BusinessDay = Day,
            Config = config ?? DayOneConfig(),
            Ledger = File($"gateway_ledger_{stamp}.csv", LedgerText()),
            ProviderReports = reports,
            Statements = statements,
        };
    }

    public static ReconciliationConfig DayOneConfig()
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(SharedSpec.DayOne, "config.json"));
        return ReconciliationConfig.Read(stream, "config.json");
    }

    public static InputFile File(string name, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        return new InputFile(name, () => new MemoryStream(bytes, writable: false));
    }

    /// <summary>The UTC instant of a GMT+7 wall-clock time, in the ledger's form.</summary>
    public static string Utc(DateOnly day, string localTime) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.ParseExact(localTime, "HH:mm:ss", Inv)), TimeSpan.FromHours(7))
            .ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", Inv);
}
