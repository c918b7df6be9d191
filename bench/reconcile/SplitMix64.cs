namespace PayGov.Reconciliation.Bench;

/// <summary>
/// A tiny deterministic generator (SplitMix64) so every run of the benchmark writes the same day byte for byte;
/// System.Random is banned in the solution and its sequence is not a documented contract anyway.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, bound).</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>True with probability <paramref name="perMillion"/> / 1,000,000.</summary>
    public bool Chance(int perMillion) => Below(1_000_000) < perMillion;
}
