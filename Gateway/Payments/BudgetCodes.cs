namespace PayGov.Gateway.Payments;

/// <summary>
/// Where a fee's revenue goes in the state budget. Codes are text (<c>0011</c> is not <c>11</c>) and are
/// checked for shape only, because the official lists change (the 2025 reorganisation changed many).
/// </summary>
public sealed class BudgetCodes
{
    /// <summary>Mã Kho bạc Nhà nước: 4 digits.</summary>
    public required string TreasuryCode { get; init; }

    /// <summary>Chương: 3 digits.</summary>
    public required string BudgetChapter { get; init; }

    /// <summary>Tiểu mục: 4 digits.</summary>
    public required string BudgetSubItem { get; init; }

    /// <summary>Mã cơ quan thu: 7 digits.</summary>
    public required string RevenueAgency { get; init; }

    /// <summary>Mã địa bàn: 2 digits (province) or 5 digits (commune).</summary>
    public required string AreaCode { get; init; }
}
