using System.Globalization;

namespace ConcurrencyBenchmarks.Analysis.Record;

/// <summary>
/// The one check of a full JSON report, made as it is read, so <c>compare</c>, <c>ab</c> and <c>history</c> refuse the
/// same reports with the same line: a report is only as good as its raw values, and one that contradicts itself (a
/// summary its raw values cannot give, a worker count its parameters do not say, one case twice) is refused, not
/// half-read. A case without statistics is not checked here: it failed, and each tool says so in its own terms.
/// </summary>
public static class ReportCheck
{
    /// <exception cref="RunInputException">The first contradiction found, in one line.</exception>
    public static void Check(string path, FullReport report)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var benchmark in report.Benchmarks ?? [])
        {
            var name = benchmark.FullName ?? throw new RunInputException($"'{path}' has a benchmark without a FullName");
            if (!seen.Add(name))
                throw new RunInputException($"'{name}' is in '{path}' twice: a report holds each case once");
            if (benchmark.Statistics is { } statistics)
                Statistics(path, name, statistics);
            if (report.Scaling?.GetValueOrDefault(name) is { } scaling)
                Workers(path, name, benchmark.Parameters, scaling);
        }
        foreach (var visited in report.Interleaved?.Cases ?? [])
            foreach (var value in visited.Nanoseconds ?? [])
                if (!IsTime(value))
                    throw new RunInputException($"'{visited.FullName}' in '{path}' has an interleaved visit that is not a time above zero: {Text(value)}");
    }

    private static void Statistics(string path, string name, ReportedStatistics statistics)
    {
        if (statistics.OriginalValues is { Count: > 0 } values)
        {
            foreach (var value in values)
                if (!IsTime(value))
                    throw new RunInputException($"'{name}' in '{path}' has a raw value that is not a time above zero: {Text(value)}");
            if (statistics.N is { } n && n > values.Count)
                throw new RunInputException($"'{name}' in '{path}' counts {n} values (N) but has {values.Count} raw values: the report contradicts itself");
        }
        var raw = statistics.OriginalValues is { Count: > 0 } all ? (Min: all.Min(), Max: all.Max()) : ((double Min, double Max)?)null;
        foreach (var (field, value) in new[] { ("Median", statistics.Median), ("Q1", statistics.Q1), ("Q3", statistics.Q3), ("Min", statistics.Min), ("Max", statistics.Max) })
        {
            if (value is not { } time)
                continue;
            if (!IsTime(time))
                throw new RunInputException($"'{name}' in '{path}' has a {field} that is not a time above zero ({Text(time)})");
            // BDN's summary comes from the raw values (outliers aside), so it lies within them.
            if (raw is { } range && (time < range.Min * (1 - Slack) || time > range.Max * (1 + Slack)))
                throw new RunInputException(
                    $"'{name}' in '{path}' has a {field} of {Text(time)} ns, outside its raw values ({Text(range.Min)}–{Text(range.Max)} ns): the report contradicts itself");
        }
    }

    /// <summary>The worker count the run recorded for scaling is the one its parameters name.</summary>
    private static void Workers(string path, string name, string? parameters, RecordedScaling scaling)
    {
        if (scaling is not { Workers: { } workers, WorkersParameter: { Length: > 0 } parameter } || parameters is null)
            return;
        var given = parameters.Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == parameter);
        if (given is null || !int.TryParse(given[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var named) || named != workers)
            throw new RunInputException(
                $"'{name}' in '{path}' is recorded in scaling at {workers} workers but its parameters say {(given is null ? $"no {parameter}" : $"{parameter}={given[1]}")}: the report contradicts itself");
    }

    /// <summary>Rounding in the JSON's numbers, not a contradiction.</summary>
    private const double Slack = 1e-9;

    private static bool IsTime(double value) => double.IsFinite(value) && value > 0;

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
