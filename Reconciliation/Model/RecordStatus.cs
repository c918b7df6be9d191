namespace PayGov.Reconciliation.Model;

/// <summary>Gateway statuses of payments (succeeded … canceled) and refunds (succeeded, pending, failed).</summary>
public enum RecordStatus
{
    Succeeded,
    Processing,
    Pending,
    Failed,
    Expired,
    Canceled,
}
