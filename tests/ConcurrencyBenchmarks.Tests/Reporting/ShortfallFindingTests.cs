using BenchmarkDotNet.Attributes;
using ConcurrencyBenchmarks.RunReporting.Interference;
using ConcurrencyBenchmarks.RunReporting.Page;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// Counting at 2 and 4 workers beside a "strategy" that waits instead of counting: it leaves the processors idle, far
/// below any busy cores the test host's own threads add in process. Each invocation lasts long enough (0.1 s or more)
/// for the busy cores to be read: a case needs 100 clock ticks in all.
/// </summary>
[Scaling(WorkloadKind.Crunch, nameof(Iterations))]
public class IdleCoresBenchmarks
{
    [Params(200_000_000L)] public long Iterations { get; set; }
    [Params(2, 4)] public int Workers { get; set; }

    [Benchmark(Baseline = true)]
    public void Serial() => SerialStrategy.Instance.Run(Workers, _ => CrunchNumbers.Run(Iterations));

    [Benchmark]
    public void Waiting() => Thread.Sleep(TimeSpan.FromMilliseconds(150 * Workers));
}

/// <summary>The findings name a counting strategy short of the machine at every worker count, not only the largest, and say why.</summary>
public class ShortfallFindingTests
{
    [RequiresProcAndTwoProcessorsFact]
    public void A_strategy_that_leaves_the_cores_idle_at_2_workers_is_named_with_its_busy_cores()
    {
        // The machine as if the probe had found every processor delivering a full core: 2 workers can reach 2.0×.
        var processors = Environment.ProcessorCount;
        var capacity = new MachineCapacity(processors, new[] { 1, 2, 4, processors }.Where(k => k <= processors).Distinct().Select(k => new CapacityStep(k, k, 1.0)).ToArray());
        var summary = InProcessMonitoring.Run<IdleCoresBenchmarks>(new InterferenceDiagnoser(), BusyCoresColumn.Default, iterations: 6);
        try
        {
            var findings = Findings.Of(summary, new RunEnvironment(processors, capacity));

            var shortfall = Assert.Single(findings, f => f.StartsWith("Short of what the machine gave at 2 workers: ", StringComparison.Ordinal));
            Assert.True(System.Text.RegularExpressions.Regex.IsMatch(shortfall, @"Waiting kept 0\.\d\d of 2 processors busy, so it left processors idle\.$"), shortfall);
            Assert.DoesNotContain("Serial kept", shortfall);
        }
        finally
        {
            InProcessMonitoring.CleanUp(summary);
        }
    }
}
