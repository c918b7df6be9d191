using System.Diagnostics;

namespace PayGov.Bench.WebhookReceiver;

/// <summary>How many requests arrived, and the span between the first and the last.</summary>
internal sealed class DeliveryStats
{
    private readonly Lock gate = new();
    private long count;
    private long first;
    private long last;

    public void Record(long timestamp)
    {
        lock (gate)
        {
            if (count == 0)
            {
                first = timestamp;
            }

            count++;
            last = timestamp;
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            count = 0;
            first = 0;
            last = 0;
        }
    }

    public object Snapshot()
    {
        lock (gate)
        {
            var spanMs = count < 2 ? 0 : Stopwatch.GetElapsedTime(first, last).TotalMilliseconds;
            return new { count, span_ms = spanMs };
        }
    }
}
