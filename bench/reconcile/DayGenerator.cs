using System.Globalization;
using System.Text;

namespace PayGov.Reconciliation.Bench;

/// <summary>
/// Writes one business day of <c>payments</c> payments, its provider reports and both statements, laid out like
/// examples/day-1 (same config.json), with a realistic channel mix, some refunds, and a sprinkle of every
/// exception type and of items awaiting settlement.
/// </summary>
internal sealed class DayGenerator(string folder, int payments, string configPath)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const string Hanoi = "0011004455667";
    private const string Hcm = "113000223344";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly DateOnly Day = new(2025, 10, 14);
    private static readonly DateOnly Previous = Day.AddDays(-1);
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly SplitMix64 _random = new(20251014);
    private readonly List<string> _vnpay = [];
    private readonly List<string> _momo = [];
    private readonly List<string> _zalopay = [];
    private readonly List<Credit> _hanoiCredits = [];
    private readonly List<Credit> _hcmCredits = [];

    public void Write()
    {
        Directory.CreateDirectory(folder);
        File.Copy(configPath, Path.Combine(folder, "config.json"), overwrite: true);
        using (var ledger = new StreamWriter(Path.Combine(folder, "gateway_ledger_20251014.csv"), false, Utf8, 1 << 20))
        {
            ledger.NewLine = "\n";
            ledger.WriteLine("business_day,record_type,record_id,intent_id,portal_id,dossier_ref,provider,merchant_reference,original_merchant_reference,original_record_id,provider_txn_id,status,amount,expected_fee,collection_account,created_at,status_at,item_no,fee_code,fee_name,item_amount,treasury_code,budget_chapter,budget_sub_item,revenue_agency,area_code");
            WriteCarried(ledger);
            for (var i = 0; i < payments; i++)
            {
                WritePayment(ledger, i);
            }
        }

        WriteVnPay();
        WriteMoMo();
        WriteZaloPay();
        WriteMt940();
        WriteCamt();
    }

    private static readonly (string Code, string Name, string SubItem, string Chapter)[] Fees =
    [
        ("LP.LLTP", "Lệ phí cấp phiếu lý lịch tư pháp", "2764", "426"),
        ("LP.HOCHIEU", "Lệ phí cấp hộ chiếu", "2752", "418"),
        ("LP.HOTICH", "Lệ phí hộ tịch", "2771", "826"),
        ("LP.CUTRU", "Lệ phí đăng ký cư trú", "2767", "818"),
        ("P.CHUNGTHUC", "Phí chứng thực", "2716", "826"),
        ("LP.DKDN", "Lệ phí đăng ký doanh nghiệp", "2861", "417"),
        ("LP.XAYDUNG", "Lệ phí cấp giấy phép xây dựng", "2815", "425"),
        ("LP.DIACHINH", "Lệ phí địa chính", "2805", "626"),
    ];

    private static readonly string[] Portals = ["dvc-hanoi", "dvcqg", "dvc-hcm", "dvc-danang"];

    private void WriteCarried(StreamWriter ledger)
    {
        // Records of the previous day still awaiting settlement: half turn up in today's reports (late_settlement).
        for (var i = 0; i < 200; i++)
        {
            var id = string.Create(Inv, $"pa_01K7D{i:D9}");
            var statusAt = Utc(Previous, 23 * 3600 + 1800 + i);
            var reference = string.Create(Inv, $"251013_01K7D{i:D9}VN01");
            var txn = string.Create(Inv, $"{14_000_000 + i}");
            Row(ledger, Previous, "payment", id, "pi_" + id[3..], "dvc-hanoi", "vnpay", reference, "", "", txn, "succeeded", 100_000, Fee(100_000, 110), "", statusAt, 1, Fees[0], 100_000, "0011", "1101001", "00004");
            if (i % 2 == 0)
            {
                VnPayLine(txn, reference, "", "01", statusAt, 100_000, Fee(100_000, 110), "00");
            }
        }
    }

    private void WritePayment(StreamWriter ledger, int i)
    {
        var roll = _random.Below(100);
        var provider = roll < 35 ? "vnpay" : roll < 60 ? "momo" : roll < 75 ? "zalopay" : "bank_transfer";
        var seconds = (int)((long)i * 86_400 / payments);
        var statusAt = Utc(Day, seconds);
        var amount = (1 + _random.Below(200)) * 10_000L;
        var portal = Portals[_random.Below(Portals.Length)];
        var id = string.Create(Inv, $"pa_01K7E{i:D9}");
        var intent = "pi_" + id[3..];
        var status = _random.Chance(20_000) ? "failed" : "succeeded";
        var odd = _random.Below(1_000_000);
        var account = "";
        string reference;
        string txn;
        long fee;
        switch (provider)
        {
            case "vnpay":
                reference = string.Create(Inv, $"251014_01K7E{i:D9}VN01");
                txn = string.Create(Inv, $"{15_000_000 + i}");
                fee = Fee(amount, 110);
                break;
            case "momo":
                reference = string.Create(Inv, $"251014_01K7E{i:D9}MM01");
                txn = string.Create(Inv, $"{4_500_000_000L + i}");
                fee = Fee(amount, 150);
                break;
            case "zalopay":
                reference = string.Create(Inv, $"251014_01K7E{i:D9}ZP01");
                txn = string.Create(Inv, $"{251_014_000_000_000L + i}");
                fee = Fee(amount, 100);
                break;
            default:
                reference = TransferReference(i);
                txn = string.Create(Inv, $"FT25287{i:D9}");
                fee = 0;
                account = portal is "dvc-hanoi" or "dvcqg" ? Hanoi : Hcm;
                break;
        }

        // The sprinkle: about one payment in ten thousand for each kind of difference.
        var expired = status == "succeeded" && odd < 100;
        if (expired)
        {
            status = "expired";
        }

        var items = 1 + _random.Below(3);
        var remaining = amount;
        for (var item = 1; item <= items; item++)
        {
            var itemAmount = item == items ? remaining : remaining / 2;
            remaining -= itemAmount;
            var f = Fees[_random.Below(Fees.Length)];
            var recordFee = status == "succeeded" ? fee : 0;
            Row(ledger, Day, "payment", id, intent, portal, provider, reference, "", "", expired && provider != "bank_transfer" ? "" : txn, status, amount, recordFee, account, statusAt, item, f, itemAmount,
                portal == "dvc-hcm" ? "0111" : "0011", portal == "dvc-hcm" ? "1203001" : "1101001", portal == "dvc-hcm" ? "26734" : "00004");
        }

        if (i % 100 == 7 && status == "succeeded" && provider != "bank_transfer")
        {
            WriteRefund(ledger, i, provider, reference, txn, id, intent, portal, amount, seconds, odd);
        }

        var late = seconds >= 23 * 3600 + 1800;
        if (late || odd is >= 100 and < 200)
        {
            // Inside the late window (settles tomorrow), or missing_at_provider.
            return;
        }

        var success = status != "failed";
        var gross = odd is >= 200 and < 300 ? amount + 1_000 : amount;
        var lineFee = odd is >= 300 and < 400 ? fee + 1 : success ? fee : 0;
        if (provider == "bank_transfer")
        {
            if (!success)
            {
                return;
            }

            var credits = account == Hanoi ? _hanoiCredits : _hcmCredits;
            var remark = string.Create(Inv, $"MBVCB.{i}.NOP LE PHI HO SO {reference} CONG DAN {i}");
            if (odd is >= 400 and < 500)
            {
                credits.Add(new Credit(txn, amount / 2, remark));
                credits.Add(new Credit(txn + "B", amount - (amount / 2), remark + " CON LAI"));
            }
            else
            {
                credits.Add(new Credit(txn, gross, remark));
            }

            if (odd is >= 500 and < 600)
            {
                credits.Add(new Credit(txn + "D", amount, remark));
            }

            if (odd is >= 600 and < 700)
            {
                credits.Add(new Credit(string.Create(Inv, $"FT25287X{i:D8}"), 150_000, "CHUYEN TIEN NOP PHI HO SO"));
            }

            return;
        }

        var repeat = odd is >= 500 and < 600 ? 2 : 1;
        for (var r = 0; r < repeat; r++)
        {
            AddLine(provider, txn, reference, "", "01", statusAt, gross, success ? lineFee : 0, success);
        }

        if (odd is >= 600 and < 700)
        {
            AddLine(provider, txn + "9", reference.Replace("01K7E", "01K7Z", StringComparison.Ordinal), "", "01", statusAt, gross, lineFee, true);
        }
    }

    private void WriteRefund(StreamWriter ledger, int i, string provider, string reference, string txn, string paymentId, string intent, string portal, long amount, int seconds, int odd)
    {
        var refundId = string.Create(Inv, $"re_01K7E{i:D9}");
        var refundReference = string.Create(Inv, $"PGR20251014{i:D9}");
        var refundTxn = txn + "R";
        var refundAt = Utc(Day, Math.Min(seconds + 600, 23 * 3600));
        var refundAmount = amount / 2;
        Row(ledger, Day, "refund", refundId, intent, portal, provider, refundReference, reference, paymentId, refundTxn, "succeeded", refundAmount, 0, "", refundAt, 1, Fees[0], refundAmount, "0011", "1101001", "00004");
        var lineAmount = odd % 97 == 0 ? refundAmount + 1_000 : refundAmount;
        AddLine(provider, refundTxn, provider == "momo" ? refundReference : reference, refundReference, "03", refundAt, lineAmount, 0, true);
    }

    private void AddLine(string provider, string txn, string reference, string refundReference, string type, string statusAt, long gross, long fee, bool success)
    {
        var time = DateTimeOffset.Parse(statusAt, Inv).ToOffset(TimeSpan.FromHours(7));
        switch (provider)
        {
            case "vnpay":
                VnPayLine(txn, reference, refundReference, type, statusAt, gross, fee, success ? "00" : "02");
                break;
            case "momo":
                var refund = type != "01";
                var signed = refund ? -gross : gross;
                var net = success ? signed - fee : 0;
                _momo.Add(string.Join(';', txn, refund ? refundReference : reference, refund ? txn[..^1] : "", refund ? "Hoàn tiền" : "Thanh toán",
                    time.ToString("yyyy-MM-dd HH:mm:ss", Inv), signed.ToString(Inv), fee.ToString(Inv), net.ToString(Inv), success ? "Thành công" : "Thất bại",
                    "MM20251014001", "2025-10-15"));
                break;
            default:
                var isRefund = type != "01";
                var zNet = !success ? 0 : isRefund ? -(gross + fee) : gross - fee;
                _zalopay.Add(string.Join('|', "D", txn, reference, refundReference, isRefund ? "2" : "1", time.ToUnixTimeMilliseconds().ToString(Inv),
                    gross.ToString(Inv), fee.ToString(Inv), zNet.ToString(Inv), success ? "1" : "2", "ZP251014S9999", "20251015"));
                break;
        }
    }

    private void VnPayLine(string txn, string reference, string refundReference, string type, string statusAt, long gross, long fee, string status)
    {
        var time = DateTimeOffset.Parse(statusAt, Inv).ToOffset(TimeSpan.FromHours(7));
        var net = status != "00" ? 0 : type == "01" ? gross - fee : -(gross + fee);
        _vnpay.Add(string.Join(',', "0", txn, reference, refundReference, type, time.ToString("dd/MM/yyyy HH:mm:ss", Inv), type == "01" ? "NCB" : "",
            gross.ToString(Inv), fee.ToString(Inv), net.ToString(Inv), status, "VNP25101401", "15/10/2025"));
    }

    private void WriteVnPay()
    {
        using var w = new StreamWriter(Path.Combine(folder, "vnpay_20251014.csv"), false, Utf8, 1 << 20) { NewLine = "\r\n" };
        w.WriteLine("VNPAY_SETTLEMENT,PGOVTEST,20251014,20251015011005,VND");
        w.WriteLine("STT,MaGiaoDichVNPAY,MaThamChieu,MaHoanTien,LoaiGD,ThoiGianGD,NganHang,SoTien,PhiGD,ThucNhan,TrangThai,MaLoChi,NgayChi");
        long payments = 0, refunds = 0, fees = 0, net = 0;
        for (var n = 0; n < _vnpay.Count; n++)
        {
            var f = _vnpay[n].Split(',');
            f[0] = (n + 1).ToString(Inv);
            if (f[10] == "00")
            {
                if (f[4] == "01")
                {
                    payments += long.Parse(f[7], Inv);
                }
                else
                {
                    refunds += long.Parse(f[7], Inv);
                }

                fees += long.Parse(f[8], Inv);
            }

            net += long.Parse(f[9], Inv);
            w.WriteLine(string.Join(',', f));
        }

        w.WriteLine(string.Create(Inv, $"TONG,{_vnpay.Count},{payments},{refunds},{fees},{net}"));
        w.WriteLine("CHI,VNP25101301,14/10/2025,13/10/2025,31,4286420,0011004455667,VNPAY TT DOI SOAT VNP25101301 NGAY 13/10/2025 TMN PGOVTEST");
        _hanoiCredits.Add(new Credit("FT25287PAYVNP01", 4_286_420, "VNPAY TT DOI SOAT VNP25101301 NGAY 13/10/2025 TMN PGOVTEST", "VNP25101301"));
    }

    private void WriteMoMo()
    {
        using var w = new StreamWriter(Path.Combine(folder, "momo_20251014.csv"), false, new UTF8Encoding(true), 1 << 20) { NewLine = "\r\n" };
        w.WriteLine("Báo cáo đối soát giao dịch;Mã đối tác: MOMOPGOV2025;Ngày: 14/10/2025");
        w.WriteLine("Mã giao dịch MoMo;Mã đơn hàng;Mã giao dịch gốc;Loại giao dịch;Thời gian;Số tiền;Phí;Thực nhận;Trạng thái;Mã đợt thanh toán;Ngày thanh toán");
        foreach (var line in _momo)
        {
            w.WriteLine(line);
        }

        w.WriteLine("9100000001;;;Chi trả;2025-10-14 09:05:11;2955000;0;2955000;Thành công;MM20251013001;2025-10-14");
        _hcmCredits.Add(new Credit("VTB251014PAYMM01", 2_954_000, "MoMo thanh toán đợt MM20251013001 ngày 13/10/2025", "MM20251013001"));
    }

    private void WriteZaloPay()
    {
        using var w = new StreamWriter(Path.Combine(folder, "zalopay_20251014.csv"), false, Utf8, 1 << 20) { NewLine = "\n" };
        w.WriteLine("H|9999|20251014|1760465405000|1");
        long payments = 0, refunds = 0, fees = 0, net = 0;
        foreach (var line in _zalopay)
        {
            var f = line.Split('|');
            if (f[9] == "1")
            {
                if (f[4] == "1")
                {
                    payments += long.Parse(f[6], Inv);
                }
                else
                {
                    refunds += long.Parse(f[6], Inv);
                }

                fees += long.Parse(f[7], Inv);
            }

            net += long.Parse(f[8], Inv);
            w.WriteLine(line);
        }

        w.WriteLine("P|ZP251013S9999|20251014|20251013|18|1189100|0011004455667|ZALOPAY THANH TOAN ZP251013S9999");
        w.WriteLine(string.Create(Inv, $"T|{_zalopay.Count}|{payments}|{refunds}|{fees}|{net}"));
        _hanoiCredits.Add(new Credit("FT25287PAYZP01", 1_189_100, "ZALOPAY THANH TOAN ZP251013S9999", "ZP251013S9999"));
    }

    private void WriteMt940()
    {
        using var w = new StreamWriter(Path.Combine(folder, "statement_0011004455667_20251014.mt940"), false, Utf8, 1 << 20) { NewLine = "\r\n" };
        const long opening = 52_340_000;
        w.WriteLine(":20:VCB2510140001");
        w.WriteLine(":25:0011004455667");
        w.WriteLine(":28C:287/1");
        w.WriteLine(string.Create(Inv, $":60F:C251013VND{opening},"));
        var balance = opening;
        foreach (var credit in _hanoiCredits)
        {
            balance += credit.Amount;
            w.WriteLine(string.Create(Inv, $":61:2510141014C{credit.Amount},NTRF{credit.Customer ?? "NONREF"}//{credit.Reference}"));
            w.WriteLine("NGUYEN VAN A");
            var remark = credit.Remark;
            w.WriteLine(":86:" + remark[..Math.Min(65, remark.Length)]);
            if (remark.Length > 65)
            {
                w.WriteLine(remark[65..]);
            }
        }

        w.WriteLine(string.Create(Inv, $":62F:C251014VND{balance},"));
        w.WriteLine("-");
    }

    private void WriteCamt()
    {
        using var w = new StreamWriter(Path.Combine(folder, "statement_113000223344_20251014.xml"), false, Utf8, 1 << 20) { NewLine = "\n" };
        const long opening = 80_000_000;
        var closing = opening + _hcmCredits.Sum(c => c.Amount);
        w.WriteLine("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        w.WriteLine("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt><GrpHdr><MsgId>STMT-113000223344-20251014</MsgId><CreDtTm>2025-10-15T00:30:00+07:00</CreDtTm></GrpHdr>");
        w.WriteLine("<Stmt><Id>113000223344-20251014</Id><Acct><Id><Othr><Id>113000223344</Id></Othr></Id><Ccy>VND</Ccy></Acct>");
        w.WriteLine(string.Create(Inv, $"<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"VND\">{opening}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-10-14</Dt></Dt></Bal>"));
        w.WriteLine(string.Create(Inv, $"<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"VND\">{closing}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2025-10-14</Dt></Dt></Bal>"));
        foreach (var credit in _hcmCredits)
        {
            w.WriteLine(string.Create(Inv, $"<Ntry><Amt Ccy=\"VND\">{credit.Amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2025-10-14</Dt></BookgDt><ValDt><Dt>2025-10-14</Dt></ValDt><AcctSvcrRef>{credit.Reference}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>DMCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>{credit.Customer ?? "NOTPROVIDED"}</EndToEndId></Refs><RmtInf><Ustrd>{credit.Remark}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"));
        }

        w.WriteLine("</Stmt></BkToCstmrStmt></Document>");
    }

    private static void Row(StreamWriter w, DateOnly day, string type, string id, string intent, string portal, string provider, string reference, string originalReference,
        string originalId, string txn, string status, long amount, long fee, string account, string statusAt, int item, (string Code, string Name, string SubItem, string Chapter) f,
        long itemAmount, string treasury, string agency, string area)
    {
        w.Write(day.ToString("yyyy-MM-dd", Inv));
        w.Write(',');
        w.Write(string.Join(',', type, id, intent, portal, "HS-" + id, provider, reference, originalReference, originalId, txn, status,
            amount.ToString(Inv), fee.ToString(Inv), account, statusAt, statusAt, item.ToString(Inv), f.Code, f.Name, itemAmount.ToString(Inv),
            treasury, f.Chapter, f.SubItem, agency, area));
        w.Write('\n');
    }

    private static long Fee(long gross, long rateBasisPoints) => ((gross * rateBasisPoints) + 5_000) / 10_000;

    private static string Utc(DateOnly day, int secondsOfDay) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue).AddSeconds(secondsOfDay), TimeSpan.FromHours(7)).ToUniversalTime()
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", Inv);

    private static string TransferReference(int i)
    {
        var body = new char[10];
        var value = (ulong)i + 1_000_000_000UL;
        for (var k = 9; k >= 0; k--)
        {
            body[k] = Alphabet[(int)(value % 32)];
            value /= 32;
        }

        var sum = 0;
        for (var k = 0; k < 10; k++)
        {
            sum += Alphabet.IndexOf(body[k], StringComparison.Ordinal) * ((2 * k) + 1);
        }

        return "PG" + new string(body) + Alphabet[sum % 32];
    }

    private sealed record Credit(string Reference, long Amount, string Remark, string? Customer = null);
}
