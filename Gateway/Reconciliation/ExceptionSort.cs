namespace PayGov.Gateway.Reconciliation;

/// <summary>The orders of the queue page: by age (the id is time-ordered) or by amount (the larger side).</summary>
public enum ExceptionSort
{
    NewestFirst,
    OldestFirst,
    LargestFirst,
    SmallestFirst,
}
