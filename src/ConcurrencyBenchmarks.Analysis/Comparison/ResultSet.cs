using ConcurrencyBenchmarks.Analysis.Record;
using ConcurrencyBenchmarks.RunReporting.Record;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// The raw measurements of one run: for every benchmark (by BDN's FullName) the per-operation times in nanoseconds,
/// read from BDN's full JSON reports (<c>Statistics.OriginalValues</c>, what dotnet/performance's ResultsComparer reads).
/// </summary>
public sealed class ResultSet
{

    private ResultSet(IReadOnlyDictionary<string, double[]> benchmarks, IReadOnlyList<string> files, IReadOnlyList<MachineFingerprint> machines,
        IReadOnlyList<IReadOnlyDictionary<string, double[]>> rounds, IReadOnlyDictionary<string, ScalingCase>? scaling = null)
    {
        Benchmarks = benchmarks;
        Files = files;
        Machines = machines;
        Rounds = rounds;
        Scaling = scaling ?? new Dictionary<string, ScalingCase>();
    }

    /// <summary>The benchmarks that take part in scaling (they have a worker count), by full name.</summary>
    public IReadOnlyDictionary<string, ScalingCase> Scaling { get; }

    /// <summary>A result set of several rounds held in memory, with where each benchmark stands in scaling.</summary>
    public static ResultSet FromRounds(IReadOnlyList<IReadOnlyDictionary<string, double[]>> rounds, IReadOnlyDictionary<string, ScalingCase> scaling) =>
        new(Pool(rounds), [], [], rounds, scaling);

    /// <summary>
    /// The values per round: each folder that holds reports is one run of the suite (one round of <c>ab</c>, say).
    /// <see cref="Benchmarks"/> pools them; a verdict on several rounds also asks every round to agree.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, double[]>> Rounds { get; }

    public IReadOnlyDictionary<string, double[]> Benchmarks { get; }
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every machine the reports were measured on (none for reports that do not say).</summary>
    public IReadOnlyList<MachineFingerprint> Machines { get; }

    /// <summary>A result set held in memory, e.g. generated.</summary>
    public static ResultSet FromValues(IReadOnlyDictionary<string, double[]> benchmarks) => new(benchmarks, [], [], [benchmarks]);

    /// <summary>A result set of several rounds held in memory, e.g. generated.</summary>
    public static ResultSet FromRounds(IReadOnlyList<IReadOnlyDictionary<string, double[]>> rounds) =>
        new(Pool(rounds), [], [], rounds);

    private static Dictionary<string, double[]> Pool(IEnumerable<IReadOnlyDictionary<string, double[]>> rounds) =>
        rounds.SelectMany(r => r).GroupBy(b => b.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(b => b.Value).ToArray(), StringComparer.Ordinal);

    /// <summary>Reads a report file, or the runs under a folder by <see cref="RunFiles"/>' rule: each run one round.</summary>
    public static ResultSet Load(string path, string role)
    {
        var runs = RunRecord.Read(path, role);
        var machines = new List<MachineFingerprint>();
        var scaling = new Dictionary<string, ScalingCase>(StringComparer.Ordinal);
        var rounds = new List<IReadOnlyDictionary<string, double[]>>();
        foreach (var run in runs)
        {
            // The same benchmark in several reports of one run (a repeated class): all its values count.
            var round = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            foreach (var file in run.Reports)
                foreach (var (name, values) in Read(file, machines, scaling))
                {
                    if (!round.TryGetValue(name, out var list))
                        round[name] = list = [];
                    list.AddRange(values);
                }
            rounds.Add(round.ToDictionary(b => b.Key, b => b.Value.ToArray(), StringComparer.Ordinal));
        }
        return new ResultSet(Pool(rounds), [.. runs.SelectMany(r => r.Reports).Select(r => r.Path)], machines.Distinct().ToArray(), rounds, scaling)
        {
            Runs = runs,
            InterleavedSpeedups = runs.Count == 1 ? InterleavedSpeedupsOf(runs[0]) : new Dictionary<string, double[]>(),
        };
    }

    /// <summary>
    /// Per case of a run with interleaved visits, its speed-up over its group's Serial in each visit (one run: a set of
    /// several rounds keeps none, and its speed-ups come from the rounds).
    /// </summary>
    public IReadOnlyDictionary<string, double[]> InterleavedSpeedups { get; private init; } = new Dictionary<string, double[]>();

    /// <summary>The runs the set was read from, with their manifests where they wrote one; none for a set held in memory.</summary>
    public IReadOnlyList<RunRecord> Runs { get; private init; } = [];

    /// <summary>One line for each run whose manifest says the machine's capacity changed while it ran.</summary>
    public IEnumerable<string> CapacityWarnings(string role) =>
        Runs.Where(r => r.Manifest?.CapacityHeld == false).Select(r =>
            $"{role}: the machine's capacity changed during the run in '{r.Folder}' (its {RunManifest.FileName} says so): its CPU-bound times are not to be trusted");

    /// <summary>Each interleaved strategy's per-visit speed-up: its group's Serial over it, visit by visit.</summary>
    private static Dictionary<string, double[]> InterleavedSpeedupsOf(RunRecord run)
    {
        var cases = run.Reports.SelectMany(r => r.Report.Interleaved?.Cases ?? [])
            .Where(c => c is { FullName: not null, Group: not null, Nanoseconds.Count: > 0 }).ToArray();
        var serials = cases.Where(c => c.Baseline == true).GroupBy(c => c.Group!).ToDictionary(g => g.Key, g => g.First().Nanoseconds!);
        return cases.Where(c => c.Baseline != true && serials.TryGetValue(c.Group!, out var serial) && serial.Count == c.Nanoseconds!.Count)
            .ToDictionary(c => c.FullName!, c => serials[c.Group!].Zip(c.Nanoseconds!, (s, v) => s / v).ToArray(), StringComparer.Ordinal);
    }

    private static IEnumerable<(string Name, double[] Values)> Read(ReportFile file, List<MachineFingerprint> machines, Dictionary<string, ScalingCase> scaling)
    {
        var report = file.Report;
        if (MachineFingerprint.From(report) is { } machine)
            machines.Add(machine);
        foreach (var benchmark in report.Benchmarks!)
        {
            var name = benchmark.FullName!; // ReportCheck refused a report without one
            if (benchmark.Statistics?.OriginalValues is not { Count: > 0 } values)
                throw new RunInputException(
                    $"'{name}' in '{file.Path}' has no raw values (Statistics.OriginalValues): it failed, or the report is not a full JSON export");
            if (ScalingCase.From(benchmark, report.Scaling?.GetValueOrDefault(name)) is { } position)
                scaling[name] = position;
            yield return (name, [.. values]);
        }
    }
}
