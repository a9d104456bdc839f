using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConcurrencyBenchmarks.Analysis.Record;

/// <summary>One full JSON report as read from disk: where it is and what it says.</summary>
public sealed record ReportFile(string Path, FullReport Report)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // BDN writes a statistic it could not compute as NaN; the tools refuse it by name rather than fail to read.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Reads one report; anything that is not a BenchmarkDotNet report with a Benchmarks list, or that contradicts itself (<see cref="ReportCheck"/>), is one line.</summary>
    public static ReportFile Read(string path)
    {
        using var json = Parse(path);
        if (json.RootElement.ValueKind != JsonValueKind.Object
            || !json.RootElement.TryGetProperty(nameof(FullReport.Benchmarks), out var list) || list.ValueKind != JsonValueKind.Array)
            throw new RunInputException($"'{path}' is not a BenchmarkDotNet report: it has no Benchmarks list");
        FullReport report;
        try
        {
            report = json.Deserialize<FullReport>(Options)!;
        }
        catch (JsonException e)
        {
            // Well-formed JSON whose field holds another kind of value (a string where a time belongs, say).
            throw new RunInputException($"'{path}' is not a BenchmarkDotNet full report: {Describe(e.Path)} is not of the kind BenchmarkDotNet writes there");
        }
        ReportCheck.Check(path, report);
        return new ReportFile(path, report);
    }

    private static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException e)
        {
            throw new RunInputException($"'{path}' is not valid JSON: {e.Message.Split('\n')[0]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunInputException($"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>"$.Benchmarks[0].Statistics.Median" as "Benchmarks[0].Statistics.Median".</summary>
    private static string Describe(string? jsonPath) => jsonPath is { Length: > 2 } && jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : "a field";
}
