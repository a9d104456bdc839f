using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Reporting.Exporters;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// Reads one run of the suite (a results folder, or BenchmarkDotNet.Artifacts above it) from BDN's full JSON reports
/// into what the history keeps. Speed-ups are Serial's median over the case's at the same worker count, as the
/// Speedup column shows them; efficiencies are the ones the run recorded.
/// </summary>
public static class RunReader
{
    /// <summary>The run, and one line for each benchmark left out because it produced no result.</summary>
    /// <summary>
    /// How far apart the reports of one run may have been written. A full run on a small machine takes minutes and a
    /// long job's run hours; reports a day apart are two runs in one folder (a stale results/ beside a new run).
    /// </summary>
    public static readonly TimeSpan OneRunSpan = TimeSpan.FromHours(6);

    /// <param name="since">The commit the branch was at before <paramref name="commit"/> was pushed, when known.</param>
    public static (HistoryRun Run, IReadOnlyList<string> LeftOut) Read(string path, string commit, DateTimeOffset date, string? since = null)
    {
        // BenchmarkDotNet.Artifacts holds the run in results/, and may hold other runs beside it (ab's comparisons): not those.
        var files = RunFiles.Of(path, "--results", message => new HistoryInputException(message));
        if (files.Length == 0)
            throw new HistoryInputException($"no {RunFiles.Pattern} under --results '{path}': run the suite first (its full JSON exporter is on by default)");

        var benchmarks = new List<HistoryBenchmark>();
        var leftOut = new List<string>();
        var machines = new HashSet<MachineFingerprint>();
        var kernels = new HashSet<string>(StringComparer.Ordinal);
        var written = new List<(DateTime When, string File)>();
        var identity = new StringBuilder();
        foreach (var file in files)
        {
            using var json = Parse(file);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Benchmarks", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new HistoryInputException($"'{file}' is not a BenchmarkDotNet report: it has no Benchmarks list");
            machines.Add(MachineFingerprint.From(root)
                         ?? throw new HistoryInputException($"'{file}' does not say which machine it ran on (no HostEnvironmentInfo): the history keeps machines apart"));
            if (ReportTime(root) is { } when)
                written.Add((when, file));
            if (root.TryGetProperty(FullJsonExporter.EnvironmentKey, out var environment) && environment.ValueKind == JsonValueKind.Object
                && Text(environment, FullJsonExporter.KernelKey) is { } kernel)
                kernels.Add(kernel);
            var recorded = RecordedScaling.Of(root);
            var read = new List<HistoryBenchmark>();
            foreach (var benchmark in list.EnumerateArray())
            {
                var id = Text(benchmark, "FullName") ?? throw new HistoryInputException($"'{file}' has a benchmark without a FullName");
                if (benchmark.TryGetProperty("Statistics", out var stated) && stated.ValueKind == JsonValueKind.Object
                    && stated.TryGetProperty("Median", out var statedMedian) && statedMedian.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
                    throw new HistoryInputException($"'{id}' in '{file}' has a Median that is not a number ({statedMedian.GetRawText()}): the history keeps no such value");
                if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object
                    || Number(statistics, "Median") is not { } median || Number(statistics, "N") is not { } n || n < 1)
                {
                    leftOut.Add($"{id}: no result in '{file}' (it failed)");
                    continue;
                }
                foreach (var field in new[] { "Median", "Q1", "Q3", "Min", "Max" })
                    if (Number(statistics, field) is { } value && !(double.IsFinite(value) && value > 0))
                        throw new HistoryInputException($"'{id}' in '{file}' has a {field} that is not a time above zero ({value}): the history keeps no such value");
                identity.Append(id).Append(':').Append(statistics.TryGetProperty("OriginalValues", out var values) ? values.GetRawText() : median.ToString("R")).Append('\n');
                read.Add(new HistoryBenchmark(id, Text(benchmark, "Type") ?? "", Text(benchmark, "Method") ?? "", Text(benchmark, "Parameters") ?? "",
                    median, Number(statistics, "Q1") ?? median, Number(statistics, "Q3") ?? median,
                    Number(statistics, "Min") ?? median, Number(statistics, "Max") ?? median, (int)n,
                    Speedup: null, Efficiency: recorded.GetValueOrDefault(id)?.Efficiency,
                    WorkersParameter: recorded.GetValueOrDefault(id)?.WorkersParameter, Baseline: recorded.GetValueOrDefault(id)?.Baseline));
            }
            benchmarks.AddRange(WithSpeedups(read));
        }
        if (benchmarks.GroupBy(b => b.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new HistoryInputException($"'{twice.Key}' is in more than one report under '{path}': give the results folder of one run");
        if (machines.Count > 1)
            throw new HistoryInputException($"the reports under '{path}' come from {machines.Count} machines: add each machine's run on its own");
        if (benchmarks.Count == 0)
            throw new HistoryInputException($"no benchmark under '{path}' has a result: every one failed");
        if (written.Count > 1 && written.MaxBy(w => w.When) is var last && written.MinBy(w => w.When) is var first && last.When - first.When > OneRunSpan)
            throw new HistoryInputException($"the reports under '{path}' were written {(last.When - first.When).TotalHours:0} hours apart ({Path.GetFileName(first.File)}, "
                                            + $"{Path.GetFileName(last.File)}): more than one run; give the results folder of one run");
        var run = new HistoryRun(Hash(identity.ToString()), commit, date, machines.Single(), benchmarks,
            Kernel: kernels.Count == 1 ? kernels.Single() : null, Since: since);
        return (run, leftOut);
    }

    /// <summary>Each case in scaling gets its baseline's median over its own, the baseline being the family's at the same worker count.</summary>
    private static IEnumerable<HistoryBenchmark> WithSpeedups(IReadOnlyList<HistoryBenchmark> report)
    {
        var positions = report.ToDictionary(b => b, b => b.Scaling);
        foreach (var benchmark in report)
        {
            var serial = positions[benchmark] is { } position
                ? report.FirstOrDefault(b => positions[b] is { } other && position.HasBaseline(other))
                : null;
            yield return serial is null ? benchmark : benchmark with { Speedup = serial.Median / benchmark.Median };
        }
    }

    /// <summary>When BDN wrote the report: its title ends in the run's time, e.g. "…OnlySleepBenchmarks-20261129-103303".</summary>
    private static DateTime? ReportTime(JsonElement root) =>
        Text(root, "Title") is { Length: > 16 } title
        && DateTime.TryParseExact(title[^15..], "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var when)
            ? when
            : null;

    private static JsonDocument Parse(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new HistoryInputException($"'{file}' is not valid JSON: {e.Message.Split('\n')[0]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HistoryInputException($"cannot read '{file}': {e.Message}");
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
