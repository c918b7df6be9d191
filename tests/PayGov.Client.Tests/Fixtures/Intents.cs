using PayGov.Client.PaymentIntents;

namespace PayGov.Client.Tests.Fixtures;

/// <summary>Create options with valid defaults, so a test states only what it is about.</summary>
public static class Intents
{
    public static BudgetCodes Budget { get; } = new()
    {
        TreasuryCode = "0011",
        BudgetChapter = "426",
        BudgetSubItem = "2764",
        RevenueAgency = "1101001",
        AreaCode = "00004",
    };

    public static string NewReference() => "000.00.30.H26-250314-" + Guid.NewGuid().ToString("N")[..8];

    public static PaymentIntentCreateOptions Valid(string? reference = null, long amount = 150_000) => new()
    {
        Amount = amount,
        Reference = reference ?? NewReference(),
        Description = "Lệ phí cấp phiếu lý lịch tư pháp",
        FeeItems = [new PaymentIntentFeeItemOptions { Code = "LP.LLTP", Name = "Lệ phí cấp phiếu lý lịch tư pháp", Amount = amount, Budget = Budget }],
        ReturnUrl = new Uri("http://localhost:3000/dossiers/123"),
        Metadata = new Dictionary<string, string> { ["dossier"] = "H26-123" },
    };
}
