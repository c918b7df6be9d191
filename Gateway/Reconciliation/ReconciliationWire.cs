namespace PayGov.Gateway.Reconciliation;

/// <summary>The one place the reconciliation API's enums meet their snake_case wire names.</summary>
public static class ReconciliationWire
{
    public static string Of(InputFileKind kind) => kind switch
    {
        InputFileKind.GatewayLedger => "gateway_ledger",
        InputFileKind.VnPay => "vnpay",
        InputFileKind.MoMo => "momo",
        InputFileKind.ZaloPay => "zalopay",
        InputFileKind.Mt940 => "mt940",
        InputFileKind.Camt053 => "camt053",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static InputFileKind? KindOf(string? name) => name switch
    {
        "vnpay" => InputFileKind.VnPay,
        "momo" => InputFileKind.MoMo,
        "zalopay" => InputFileKind.ZaloPay,
        "mt940" => InputFileKind.Mt940,
        "camt053" => InputFileKind.Camt053,
        _ => null,
    };

    public static string Of(ExceptionStatus status) => status switch
    {
        ExceptionStatus.Open => "open",
        ExceptionStatus.PendingApproval => "pending_approval",
        ExceptionStatus.Resolved => "resolved",
        ExceptionStatus.Superseded => "superseded",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ExceptionStatus? StatusOf(string? name) => name switch
    {
        "open" => ExceptionStatus.Open,
        "pending_approval" => ExceptionStatus.PendingApproval,
        "resolved" => ExceptionStatus.Resolved,
        "superseded" => ExceptionStatus.Superseded,
        _ => null,
    };

    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "succeeded",
        RunStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Of(RunTrigger trigger) => trigger switch
    {
        RunTrigger.Nightly => "nightly",
        RunTrigger.Api => "api",
        RunTrigger.Cli => "cli",
        RunTrigger.Upload => "upload",
        RunTrigger.DropFolder => "drop_folder",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    public static string Of(FileOrigin origin) => origin switch
    {
        FileOrigin.Ledger => "ledger",
        FileOrigin.Upload => "upload",
        FileOrigin.DropFolder => "drop_folder",
        FileOrigin.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };
}
