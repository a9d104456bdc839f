namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>How the suite's interleaved visits are taken and judged.</summary>
/// <param name="Visits">Visits to every group; 0 measures nothing interleaved (the columns then fall back on BDN's sequential cases).</param>
/// <param name="Warmup">Unmeasured invocations of each slot at its group's first visit (JIT tiers, pools, caches).</param>
/// <param name="Level">The confidence level of every speed-up's interval.</param>
/// <param name="Seed">The order of groups and slots; the same seed gives the same order.</param>
public sealed record InterleavedSettings(int Visits = InterleavedSettings.DefaultVisits, int Warmup = 1,
    double Level = InterleavedSettings.DefaultLevel, int Seed = 0)
{
    /// <summary>
    /// Chosen by simulation on series shaped like this host's (docs/methodology.md): with 8 visits at 95%, no winner was
    /// named among strategies of equal speed, one was wrongly ranked below in 5.1% of synthetic groups (2.0% of
    /// resampled real visits), one 10% slower was ranked below in 42-50% and one 20% slower in 94%, while the visits
    /// take under 3 of a default run's 10 minutes on 2 vCPUs.
    /// </summary>
    public const int DefaultVisits = 8;

    public const double DefaultLevel = 0.95;

    /// <summary>How long each of the capacity reference's four readings counts (one thread, N, N, one: 400 ms a visit).</summary>
    public static readonly TimeSpan ReferenceStep = TimeSpan.FromMilliseconds(100);
}
