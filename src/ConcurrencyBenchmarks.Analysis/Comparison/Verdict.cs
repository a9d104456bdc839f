namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>What became of a benchmark between the base and the diff.</summary>
public enum Verdict
{
    /// <summary>Faster beyond the threshold, with statistical confidence, and by more than the noise floor.</summary>
    Faster,

    /// <summary>Slower beyond the threshold, with statistical confidence, and by more than the noise floor.</summary>
    Slower,

    /// <summary>No difference that counts.</summary>
    Same,

    /// <summary>Only in the diff.</summary>
    Added,

    /// <summary>Only in the base.</summary>
    Removed,
}
