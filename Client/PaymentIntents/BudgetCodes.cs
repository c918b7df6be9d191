namespace PayGov.Client.PaymentIntents;

/// <summary>The state-budget codes a fee is collected under (mục lục ngân sách nhà nước), all digit strings.</summary>
public sealed class BudgetCodes
{
    /// <summary>Gets the State Treasury office code (4 digits).</summary>
    public required string TreasuryCode { get; init; }

    /// <summary>Gets the budget chapter (chương, 3 digits).</summary>
    public required string BudgetChapter { get; init; }

    /// <summary>Gets the budget sub-item (tiểu mục, 4 digits).</summary>
    public required string BudgetSubItem { get; init; }

    /// <summary>Gets the revenue agency code (mã cơ quan thu, 7 digits).</summary>
    public required string RevenueAgency { get; init; }

    /// <summary>Gets the area code (địa bàn, 2 to 5 digits).</summary>
    public required string AreaCode { get; init; }
}
