using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.Record;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// Reads one run of the suite (a results folder, or BenchmarkDotNet.Artifacts above it) from BDN's full JSON reports
/// into what the history keeps. Speed-ups and efficiencies are the ones the run recorded, as its columns showed them
/// (for counting, from its interleaved visits); for reports that predate that record, Serial's median over the case's.
/// </summary>
public static class RunReader
{
    /// <summary>
    /// How far apart the reports of one run may have been written. A full run on a small machine takes minutes and a
    /// long job's run hours; reports a day apart are two runs in one folder (a stale results/ beside a new run).
    /// </summary>
    public static readonly TimeSpan OneRunSpan = TimeSpan.FromHours(6);

    /// <summary>The run, and one line for each benchmark left out because it produced no result.</summary>
    /// <param name="since">The commit the branch was at before <paramref name="commit"/> was pushed, when known.</param>
    public static (HistoryRun Run, IReadOnlyList<string> LeftOut) Read(string path, string commit, DateTimeOffset date, string? since = null)
    {
        // BenchmarkDotNet.Artifacts holds the run in results/, and may hold other runs beside it (ab's comparisons): not those.
        var runs = RunRecord.Read(path, "--results");
        if (runs.Count > 1)
            throw new RunInputException(
                $"'{path}' holds {runs.Count} runs, a folder each ({string.Join(", ", runs.Take(3).Select(r => Path.GetFileName(r.Folder)))}{(runs.Count > 3 ? ", …" : "")}): "
                + "add one run at a time");

        var benchmarks = new List<HistoryBenchmark>();
        var leftOut = new List<string>();
        var machines = new HashSet<MachineFingerprint>();
        var kernels = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<(DateTime When, string File)>();
        var identity = new StringBuilder();
        foreach (var (file, report) in runs.Single().Reports)
        {
            machines.Add(MachineFingerprint.From(report)
                         ?? throw new RunInputException($"'{file}' does not say which machine it ran on (no HostEnvironmentInfo): the history keeps machines apart"));
            if (ReportTime(report.Title) is { } when)
                written.Add((when, file));
            if (report.RunEnvironment?.Kernel is { } kernel)
                kernels.Add(kernel);
            var read = new List<HistoryBenchmark>();
            foreach (var benchmark in report.Benchmarks!)
            {
                var id = benchmark.FullName!; // ReportCheck refused a report without one
                if (benchmark.Statistics is not { Median: { } median, N: >= 1 and var n } statistics)
                {
                    leftOut.Add($"{id}: no result in '{file}' (it failed)");
                    continue;
                }
                identity.Append(id).Append(':')
                    .Append(statistics.OriginalValues is { } values ? string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) : median.ToString("R"))
                    .Append('\n');
                var recorded = report.Scaling?.GetValueOrDefault(id);
                read.Add(new HistoryBenchmark(id, benchmark.Type ?? "", benchmark.Method ?? "", benchmark.Parameters ?? "",
                    median, statistics.Q1 ?? median, statistics.Q3 ?? median, statistics.Min ?? median, statistics.Max ?? median, n,
                    Speedup: null, Efficiency: recorded?.Efficiency, WorkersParameter: recorded?.WorkersParameter, Baseline: recorded?.Baseline,
                    OfCapacity: recorded?.OfCapacity is { } share && double.IsFinite(share) && share > 0 ? share : null));
            }
            benchmarks.AddRange(WithSpeedups(read, report.Scaling));
        }
        if (benchmarks.GroupBy(b => b.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new RunInputException($"'{twice.Key}' is in more than one report under '{path}': give the results folder of one run");
        if (machines.Count > 1)
            throw new RunInputException($"the reports under '{path}' come from {machines.Count} machines: add each machine's run on its own");
        if (benchmarks.Count == 0)
            throw new RunInputException($"no benchmark under '{path}' has a result: every one failed");
        if (written.Count > 1 && written.MaxBy(w => w.When) is var last && written.MinBy(w => w.When) is var first && last.When - first.When > OneRunSpan)
            throw new RunInputException($"the reports under '{path}' were written {(last.When - first.When).TotalHours:0} hours apart ({Path.GetFileName(first.File)}, "
                                        + $"{Path.GetFileName(last.File)}): more than one run; give the results folder of one run");
        var run = new HistoryRun(Hash(identity.ToString()), commit, date, machines.Single(), benchmarks,
            Kernel: kernels.Count == 1 ? kernels.Single() : null, Since: since);
        return (run, leftOut);
    }

    /// <summary>
    /// Each case in scaling gets the speed-up the run recorded (from its interleaved visits, for counting); a report
    /// that predates that record, its baseline's median over its own, the baseline being the family's at the same worker count.
    /// </summary>
    private static IEnumerable<HistoryBenchmark> WithSpeedups(IReadOnlyList<HistoryBenchmark> report, IReadOnlyDictionary<string, RecordedScaling>? recorded)
    {
        var positions = report.ToDictionary(b => b, b => b.Scaling);
        foreach (var benchmark in report)
        {
            if (recorded?.GetValueOrDefault(benchmark.Id)?.Speedup is { } speedup && double.IsFinite(speedup) && speedup > 0)
            {
                yield return benchmark with { Speedup = speedup };
                continue;
            }
            var serial = positions[benchmark] is { } position
                ? report.FirstOrDefault(b => positions[b] is { } other && position.HasBaseline(other))
                : null;
            yield return serial is null ? benchmark : benchmark with { Speedup = serial.Median / benchmark.Median };
        }
    }

    /// <summary>When BDN wrote the report: its title ends in the run's time, e.g. "…OnlySleepBenchmarks-20261129-103303".</summary>
    private static DateTime? ReportTime(string? title) =>
        title is { Length: > 16 }
        && DateTime.TryParseExact(title[^15..], "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)
            ? when
            : null;

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
