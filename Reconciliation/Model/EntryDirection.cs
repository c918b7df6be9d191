namespace PayGov.Reconciliation.Model;

/// <summary>The direction of a booking: a reversal of a credit is a <see cref="Debit"/> booking.</summary>
public enum EntryDirection
{
    Credit,
    Debit,
}
