namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// A breakdown accountants ask for: the stored dimension it reads and the key columns it shows. The budget-code
/// groupings other than <c>budget</c> (all five codes) add the budget rows up by one code.
/// </summary>
public sealed record ReportGrouping(string Name, ReportDimension Dimension, IReadOnlyList<string> KeyColumns, Func<ReportRow, IReadOnlyList<string>> KeysOf)
{
    public static readonly IReadOnlyList<ReportGrouping> All =
    [
        new("provider", ReportDimension.Provider, ["provider"], r => [r.Key]),
        new("portal", ReportDimension.Portal, ["portal"], r => [r.Key]),
        new("fee_code", ReportDimension.FeeCode, ["fee_code"], r => [r.Key]),
        new("budget", ReportDimension.Budget, ["treasury_code", "budget_chapter", "budget_sub_item", "revenue_agency", "area_code"],
            r => [r.TreasuryCode!, r.BudgetChapter!, r.BudgetSubItem!, r.RevenueAgency!, r.AreaCode!]),
        new("treasury_code", ReportDimension.Budget, ["treasury_code"], r => [r.TreasuryCode!]),
        new("budget_chapter", ReportDimension.Budget, ["budget_chapter"], r => [r.BudgetChapter!]),
        new("budget_sub_item", ReportDimension.Budget, ["budget_sub_item"], r => [r.BudgetSubItem!]),
        new("revenue_agency", ReportDimension.Budget, ["revenue_agency"], r => [r.RevenueAgency!]),
    ];

    public bool HasCounts => Dimension is ReportDimension.Provider or ReportDimension.Portal;

    public static ReportGrouping? Named(string? name) => All.FirstOrDefault(g => g.Name == name);
}
