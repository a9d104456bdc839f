using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// The run's interleaved visits, made after the capacity probe and before BDN's sequential cases, so that every
/// column, chart and report BDN writes already holds the comparisons they give. The order's seed is new each run, so no
/// strategy keeps a place in it, and is recorded with the run.
/// </summary>
public static class InterleavedVisits
{
    public static RunEnvironment Measure(IReadOnlyList<BenchmarkCase> selected, RunEnvironment environment, int visits, TextWriter log)
    {
        var settings = new InterleavedSettings(Visits: visits, Seed: Random.Shared.Next());
        return environment with { Interleaved = InterleavedPass.Measure(selected, environment.Processors, settings, log) };
    }
}
