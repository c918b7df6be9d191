namespace PayGov.Reconciliation;

/// <summary>Root of the exceptions the reconciliation library throws: an input or an output it refuses.</summary>
public abstract class ReconciliationException : Exception
{
    protected ReconciliationException(string message)
        : base(message)
    {
    }
}
