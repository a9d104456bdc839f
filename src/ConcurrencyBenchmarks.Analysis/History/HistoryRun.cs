using ConcurrencyBenchmarks.Analysis.Record;
using System.Text.Json.Serialization;
using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>One run of the suite as the history keeps it: which commit, when, on which machine, and each benchmark's summary.</summary>
/// <param name="Id">What tells runs apart: a hash of every raw value of the run, so the same run added twice is recognised.</param>
/// <param name="Machine">The machine as BDN described it, runtime and OS release included; its <see cref="Series"/> is what groups runs.</param>
/// <param name="Kernel">The kernel the run ran on, when the run recorded it.</param>
/// <param name="Since">
/// The commit the branch was at before this run's commit was pushed (CI's <c>github.event.before</c>), when known: a
/// run whose <c>Since</c> is not the commit measured before it shows that commits in between were never measured.
/// </param>
public sealed record HistoryRun(string Id, string Commit, DateTimeOffset Date, MachineFingerprint Machine, IReadOnlyList<HistoryBenchmark> Benchmarks,
    string? Kernel = null, string? Since = null)
{
    [JsonIgnore]
    public MachineSeries Series => MachineSeries.Of(Machine);
}

/// <summary>
/// One benchmark in one run: the summary of its raw values, in nanoseconds per operation, and, where it takes part
/// in scaling, its speed-up over Serial (measured within the run, so it holds when the machine is slower as a whole),
/// its efficiency against the physical limit and, for counting, its share of the machine's delivered capacity.
/// </summary>
/// <param name="Id">BDN's full name of the benchmark, as <c>compare</c> keys results.</param>
/// <param name="Type">The benchmark class: the workload.</param>
/// <param name="Method">The benchmark method: the strategy.</param>
/// <param name="Parameters">BDN's parameters, e.g. <c>Sleep=100ms&amp;Workers=4</c>.</param>
/// <param name="Efficiency">Null for reports that do not record it (written before the suite recorded scaling in the full JSON).</param>
/// <param name="WorkersParameter">The class's worker parameter, as its scaling contract declares it; null for reports that predate the record.</param>
/// <param name="Baseline">Whether the case is its class's baseline; null for reports that predate the record.</param>
/// <param name="OfCapacity">
/// A counting case's speed-up over what the machine delivered to the capacity probe at its worker count (1 uses all
/// the machine gives); null for other workloads and for reports that predate the record.
/// </param>
public sealed record HistoryBenchmark(string Id, string Type, string Method, string Parameters,
    double Median, double LowerQuartile, double UpperQuartile, double Min, double Max, int N,
    double? Speedup, double? Efficiency, string? WorkersParameter = null, bool? Baseline = null, double? OfCapacity = null)
{
    /// <summary>Where the benchmark stands in scaling (its family, worker count and baseline), or null.</summary>
    [JsonIgnore]
    public ScalingCase? Scaling => ScalingCase.From(Type, Method, Parameters, new RecordedScaling(WorkersParameter, Baseline, Efficiency));
}
