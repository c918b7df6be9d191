using System.Collections.Concurrent;
using PayGov.Client.PaymentIntents;

namespace DossierPortal.Dossiers;

/// <summary>The portal's dossiers, in memory and seeded at start: enough to play the payment flow, not a system of record.</summary>
internal sealed class DossierStore
{
    private static readonly BudgetCodes JusticeFee = new()
    {
        TreasuryCode = "0011", BudgetChapter = "426", BudgetSubItem = "2764", RevenueAgency = "1101001", AreaCode = "00004",
    };

    private static readonly BudgetCodes LandFee = new()
    {
        TreasuryCode = "0011", BudgetChapter = "418", BudgetSubItem = "2662", RevenueAgency = "1101002", AreaCode = "00004",
    };

    private readonly ConcurrentDictionary<string, Dossier> dossiers = new(StringComparer.Ordinal);

    public DossierStore()
    {
        Add(new Dossier("123", "000.00.30.H26-250314-000123", "Nguyễn Văn An", "Cấp phiếu lý lịch tư pháp",
            [new Fee("LP.LLTP", "Lệ phí cấp phiếu lý lịch tư pháp", 200_000, JusticeFee)]));
        Add(new Dossier("124", "000.00.30.H26-250314-000124", "Trần Thị Bình", "Đăng ký biến động đất đai",
            [new Fee("LP.DKDD", "Lệ phí đăng ký biến động đất đai", 30_000, LandFee), new Fee("PHI.TDHS", "Phí thẩm định hồ sơ", 120_000, LandFee)]));
        Add(new Dossier("125", "000.00.30.H26-250315-000125", "Lê Hoàng Cường", "Cấp bản sao trích lục hộ tịch",
            [new Fee("LP.HT", "Lệ phí cấp bản sao trích lục", 8_000, JusticeFee)]));
    }

    public IReadOnlyList<Dossier> All => [.. dossiers.Values.OrderBy(d => d.Number, StringComparer.Ordinal)];

    public Dossier? Find(string id) => dossiers.TryGetValue(id, out var dossier) ? dossier : null;

    public Dossier? FindByNumber(string number) => dossiers.Values.FirstOrDefault(d => d.Number == number);

    public void RecordIntent(string id, string paymentIntentId) =>
        Update(id, d => d.PaymentIntentId == paymentIntentId ? d : d with { PaymentIntentId = paymentIntentId, AppliedSequence = 0 });

    /// <summary>
    /// Applies what an event says about the dossier's intent, unless a newer event of that intent was applied already.
    /// Returns false for a stale or foreign copy.
    /// </summary>
    public bool Apply(string number, PaymentIntent intent, int sequence, DossierStatus? status)
    {
        var applied = false;
        var dossier = FindByNumber(number);
        if (dossier is null)
        {
            return false;
        }

        Update(dossier.Id, d =>
        {
            var sameIntent = d.PaymentIntentId is null || d.PaymentIntentId == intent.Id;
            if (!sameIntent || sequence <= d.AppliedSequence || d.Status == DossierStatus.Paid)
            {
                applied = false;
                return d;
            }

            applied = true;
            return d with { PaymentIntentId = intent.Id, AppliedSequence = sequence, Status = status ?? d.Status };
        });
        return applied;
    }

    private void Add(Dossier dossier) => dossiers[dossier.Id] = dossier;

    // Compare-and-swap, so two webhooks for one dossier arriving together cannot undo each other.
    private void Update(string id, Func<Dossier, Dossier> change)
    {
        while (dossiers.TryGetValue(id, out var current))
        {
            if (dossiers.TryUpdate(id, change(current), current))
            {
                return;
            }
        }
    }
}
