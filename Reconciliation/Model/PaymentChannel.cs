namespace PayGov.Reconciliation.Model;

/// <summary>The channel a gateway record went through; wire names in <see cref="WireNames"/>.</summary>
public enum PaymentChannel
{
    VnPay,
    MoMo,
    ZaloPay,
    BankTransfer,
}
