using System.Text.Json;

namespace ConcurrencyBenchmarks.Reporting.Comparison;

/// <summary>
/// The raw measurements of one run: for every benchmark (by BDN's FullName) the per-operation times in nanoseconds,
/// read from BDN's full JSON reports (<c>Statistics.OriginalValues</c>, what dotnet/performance's ResultsComparer reads).
/// </summary>
public sealed class ResultSet
{
    public const string FilePattern = "*-report-full.json";

    private ResultSet(IReadOnlyDictionary<string, double[]> benchmarks, IReadOnlyList<string> files, IReadOnlyList<MachineFingerprint> machines)
    {
        Benchmarks = benchmarks;
        Files = files;
        Machines = machines;
    }

    public IReadOnlyDictionary<string, double[]> Benchmarks { get; }
    public IReadOnlyList<string> Files { get; }

    /// <summary>Every machine the reports were measured on (none for reports that do not say).</summary>
    public IReadOnlyList<MachineFingerprint> Machines { get; }

    /// <summary>A result set held in memory, e.g. generated.</summary>
    public static ResultSet FromValues(IReadOnlyDictionary<string, double[]> benchmarks) => new(benchmarks, [], []);

    /// <summary>Reads a report file, or every full report under a folder (recursively).</summary>
    public static ResultSet Load(string path, string role)
    {
        string[] files;
        if (File.Exists(path))
            files = [path];
        else if (Directory.Exists(path))
        {
            files = Directory.GetFiles(path, FilePattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
            if (files.Length == 0)
                throw new ComparisonInputException(
                    $"no {FilePattern} under {role} '{path}': run the suite with the full JSON exporter (it is on by default; with your own config add --exporters fulljson)");
        }
        else
            throw new ComparisonInputException($"{role} '{path}' does not exist");

        var benchmarks = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var machines = new List<MachineFingerprint>();
        foreach (var file in files)
            foreach (var (name, values) in Read(file, machines))
            {
                // The same benchmark in several reports (repeated runs in one folder): all its values count.
                if (!benchmarks.TryGetValue(name, out var list))
                    benchmarks[name] = list = [];
                list.AddRange(values);
            }
        return new ResultSet(benchmarks.ToDictionary(b => b.Key, b => b.Value.ToArray(), StringComparer.Ordinal), files, machines.Distinct().ToArray());
    }

    private static IEnumerable<(string Name, double[] Values)> Read(string file, List<MachineFingerprint> machines)
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
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty("Benchmarks", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new ComparisonInputException($"'{file}' is not a BenchmarkDotNet report: it has no Benchmarks list");
            if (MachineFingerprint.From(json.RootElement) is { } machine)
                machines.Add(machine);

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
                read.Add((name, values.EnumerateArray().Select(v => v.GetDouble()).ToArray()));
            }
            return read;
        }
    }
}
