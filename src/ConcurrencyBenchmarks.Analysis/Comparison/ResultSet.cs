using System.Text.Json;

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

    /// <summary>Reads a report file, or every full report under a folder (recursively).</summary>
    public static ResultSet Load(string path, string role)
    {
        var files = RunFiles.Of(path, role, message => new ComparisonInputException(message));
        if (files.Length == 0)
            throw new ComparisonInputException(
                $"no {RunFiles.Pattern} under {role} '{path}': run the suite with the full JSON exporter (it is on by default; with your own config add --exporters fulljson)");

        var machines = new List<MachineFingerprint>();
        var scaling = new Dictionary<string, ScalingCase>(StringComparer.Ordinal);
        var rounds = new List<IReadOnlyDictionary<string, double[]>>();
        foreach (var folder in files.GroupBy(f => Path.GetDirectoryName(Path.GetFullPath(f)), StringComparer.Ordinal))
        {
            // The same benchmark in several reports of one folder (a repeated run): all its values count.
            var round = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            foreach (var file in folder)
                foreach (var (name, values) in Read(file, machines, scaling))
                {
                    if (!round.TryGetValue(name, out var list))
                        round[name] = list = [];
                    list.AddRange(values);
                }
            rounds.Add(round.ToDictionary(b => b.Key, b => b.Value.ToArray(), StringComparer.Ordinal));
        }
        return new ResultSet(Pool(rounds), files, machines.Distinct().ToArray(), rounds, scaling);
    }

    private static IEnumerable<(string Name, double[] Values)> Read(string file, List<MachineFingerprint> machines, Dictionary<string, ScalingCase> scaling)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new ComparisonInputException($"'{file}' is not valid JSON: {e.Message.Split('\n')[0]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ComparisonInputException($"cannot read '{file}': {e.Message}");
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("Benchmarks", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new ComparisonInputException($"'{file}' is not a BenchmarkDotNet report: it has no Benchmarks list");
            if (MachineFingerprint.From(json.RootElement) is { } machine)
                machines.Add(machine);

            var recorded = RecordedScaling.Of(json.RootElement);
            var read = new List<(string, double[])>();
            foreach (var benchmark in list.EnumerateArray())
            {
                var name = benchmark.TryGetProperty("FullName", out var fullName) && fullName.ValueKind == JsonValueKind.String
                    ? fullName.GetString()!
                    : throw new ComparisonInputException($"'{file}' has a benchmark without a FullName");
                if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object
                    || !statistics.TryGetProperty("OriginalValues", out var values) || values.ValueKind != JsonValueKind.Array
                    || values.GetArrayLength() == 0)
                    throw new ComparisonInputException(
                        $"'{name}' in '{file}' has no raw values (Statistics.OriginalValues): it failed, or the report is not a full JSON export");
                read.Add((name, values.EnumerateArray().Select(v => Measurement(v, name, file)).ToArray()));
                if (Text(benchmark, "Type") is { } type && Text(benchmark, "Method") is { } method && Text(benchmark, "Parameters") is { } parameters
                    && ScalingCase.From(type, method, parameters, recorded.GetValueOrDefault(name)) is { } position)
                    scaling[name] = position;
            }
            return read;
        }
    }

    /// <summary>A raw value as a time: a finite number above zero, or one line naming the benchmark and the file.</summary>
    private static double Measurement(JsonElement value, string name, string file) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var nanoseconds) && double.IsFinite(nanoseconds) && nanoseconds > 0
            ? nanoseconds
            : throw new ComparisonInputException($"'{name}' in '{file}' has a raw value that is not a time above zero: {Shorten(value.GetRawText())}");

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
