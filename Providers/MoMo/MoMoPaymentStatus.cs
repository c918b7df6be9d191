namespace PayGov.Providers.MoMo;

/// <summary>What a MoMo <c>resultCode</c> says about a payment (momo.md §8).</summary>
public enum MoMoPaymentStatus
{
    /// <summary><c>0</c>: paid.</summary>
    Succeeded,

    /// <summary>A non-final code (<c>1000</c>, <c>7000</c>, <c>7002</c>, <c>8000</c>, <c>9000</c>, the <c>1x</c>–<c>9x</c> request codes): ask again later.</summary>
    Pending,

    /// <summary>A listed final failure: the attempt failed.</summary>
    Declined,

    /// <summary>A code not in MoMo's table: never success; momo.md §8 says to treat it as a final failure and raise an exception.</summary>
    Unknown,
}
