namespace PayGov.Gateway.Reconciliation;

/// <summary>The formats of <c>shared/reconciliation/formats/</c>.</summary>
public enum InputFileKind
{
    GatewayLedger,
    VnPay,
    MoMo,
    ZaloPay,
    Mt940,
    Camt053,
}
