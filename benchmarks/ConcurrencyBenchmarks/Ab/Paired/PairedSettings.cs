namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// How the pairs are taken and judged. The defaults were chosen by simulation on series recorded on the 2-vCPU host
/// (docs/ab.md): with them no case of identical code was flagged in 2,000 simulated cases per series, and a 3%
/// slowdown was found in at least 99.9% of them.
/// </summary>
/// <param name="Threshold">The smallest change that counts, e.g. 0.015 for 1.5%.</param>
/// <param name="Level">The confidence level of each case's interval.</param>
/// <param name="PairsPerVisit">Pairs a case gets each time the driver comes to it.</param>
/// <param name="MinPairs">Pairs before a case may stop early.</param>
/// <param name="MaxPairs">The cap: a case still undecided here is Unsure, too noisy to gate at this threshold.</param>
/// <param name="Warmup">Unmeasured invocations per side before a case's first pair (JIT tiers, pools, caches).</param>
/// <param name="Seed">The order of cases; the same seed gives the same order.</param>
/// <param name="Pin">Whether both sides are held to the same CPUs (the default, and the point).</param>
public sealed record PairedSettings(
    double Threshold = 0.015, double Level = 0.99, int PairsPerVisit = 4, int MinPairs = 24, int MaxPairs = 120,
    int Warmup = 3, int Seed = 0, bool Pin = true)
{
    /// <summary>
    /// The stopping rule, looked at after every visit: at the cap, or from the minimum on once the interval decides.
    /// Looking again and again is part of the rule the simulation measured, so its error rates include it.
    /// </summary>
    public bool IsFinished(IReadOnlyList<double> logRatios) =>
        logRatios.Count >= MaxPairs || (logRatios.Count >= MinPairs && PairedEstimate.From(logRatios, Level).Decided(Threshold));
}
