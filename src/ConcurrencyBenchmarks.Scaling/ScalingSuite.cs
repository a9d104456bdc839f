using System.Reflection;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks;

/// <summary>
/// A user's program of scaling benchmarks, in one line: <c>return ScalingSuite.Run(args, typeof(Program).Assembly);</c>.
/// Every BenchmarkDotNet option works; the run gets the suite's job, columns, capacity probe, interleaved visits,
/// findings, charts, page, full JSON, manifest and dashboards' exports.
/// </summary>
public static class ScalingSuite
{
    public static int Run(string[] args, Assembly benchmarks) =>
        OneLineErrors.Run(benchmarks.GetName().Name ?? "benchmarks", () => BenchmarkCommand.Run(args, benchmarks, RunAdditions.None));
}
