namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>What the pairs of one case say about the head against the base.</summary>
public enum PairedVerdict
{
    /// <summary>The whole interval lies below −threshold.</summary>
    Faster,

    /// <summary>The whole interval lies above +threshold.</summary>
    Slower,

    /// <summary>The whole interval lies inside ±threshold.</summary>
    Same,

    /// <summary>The interval straddles a threshold: the pairs cannot say, at this threshold.</summary>
    Unsure,
}
