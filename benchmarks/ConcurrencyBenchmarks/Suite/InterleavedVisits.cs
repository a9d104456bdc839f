using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// The run's interleaved visits, made after the capacity probe and before BDN's sequential cases, so that every
/// column, chart and report BDN writes already holds the comparisons they give. The order's seed is new each run and
/// recorded, so a run's order can be repeated.
/// </summary>
public static class InterleavedVisits
{
    public static RunEnvironment Measure(IReadOnlyList<BenchmarkCase> selected, RunEnvironment environment, int visits, TextWriter log)
    {
        var settings = new InterleavedSettings(Visits: visits, Seed: Random.Shared.Next());
        return environment with { Interleaved = InterleavedPass.Measure(selected, environment.Processors, settings, log) };
    }

    /// <summary>The line under the summary that says which figures came from the visits, or null when none did.</summary>
    public static string? Describe(RunEnvironment environment) =>
        environment.Interleaved is not { } run ? null
        : $"Interleaved: counting's Speedup, Efficiency and Of capacity come from {run.Visits} visit{(run.Visits == 1 ? "" : "s")} "
          + $"to {run.Cases.Select(c => c.Group).Distinct().Count()} groups, Serial and every strategy of a group measured one after another "
          + $"in a random order (seed {run.Seed}, {TimeText(run.Elapsed)}); times (Median, Min, Max) are BDN's sequential cases'"
          + (run.Visits < RatioInterval.MinimumCount ? $"; under {RatioInterval.MinimumCount} visits give no intervals" : "");

    private static string TimeText(TimeSpan elapsed) => RunReporting.TimeText.Of(elapsed.TotalMilliseconds * 1e6);
}
