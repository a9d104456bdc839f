using System.Globalization;
using System.Text.RegularExpressions;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.Record;
using Perfolizer.Horology;
using Perfolizer.Metrology;
using Pragmastat;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// <c>compare --base &lt;dir|file&gt; --diff &lt;dir|file&gt;</c>: what got faster, what got slower and what is noise,
/// between two runs' full JSON reports. Exit 0, or 1 with --fail-on-regression when anything is slower, or 2 for bad input.
/// </summary>
public static class CompareCommand
{
    public const string Name = "compare";

    public const string Usage = "compare --base <dir|file> --diff <dir|file> [--threshold 5%] [--noise 0.3ns] [--filter <glob>]... "
                                + "[--top N] [--full-id] [--fail-on-regression] [--allow-different-machines] [--format markdown|console] [--output <file>]";

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var request = Parse(args);
        ComparisonReport report;
        try
        {
            var @base = ResultSet.Load(request.Base, "--base");
            var diff = ResultSet.Load(request.Diff, "--diff");
            var crosses = MachineCheck.CrossesMachines(@base, diff, request.AllowDifferentMachines);
            report = ResultComparer.Compare(@base, diff, request.Options) with
            {
                BaseMachines = @base.Machines,
                DiffMachines = diff.Machines,
                CrossesMachines = crosses,
                Scaling = ScalingComparer.Compare(@base, diff, request.Options),
                Warnings = [.. @base.CapacityWarnings("base"), .. diff.CapacityWarnings("diff")],
            };
        }
        catch (RunInputException e)
        {
            throw new UsageException(e.Message);
        }

        var text = ComparisonFormatter.Write(report, request.Format, request.Top, request.FullIds);
        if (request.Output is null)
            output.Write(text);
        else
        {
            try
            {
                File.WriteAllText(request.Output, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write --output '{request.Output}': {e.Message}");
            }
            output.WriteLine(report.SummaryLine);
        }
        return request.FailOnRegression && report.HasRegressions ? ExitCodes.BenchmarkFailed : ExitCodes.Success;
    }

    /// <summary>How the comparison is judged and written, declared once: <c>ab</c> passes these on to it unchanged.</summary>
    public static readonly string[] ComparisonValues = ["--threshold", "--noise", "--top", "--format", "--output"];

    /// <inheritdoc cref="ComparisonValues"/>
    public static readonly string[] ComparisonFlags = ["--full-id", "--fail-on-regression"];

    private sealed record Request(string Base, string Diff, ComparisonOptions Options, int? Top, bool FullIds,
        bool FailOnRegression, bool AllowDifferentMachines, ComparisonFormatter.Format Format, string? Output);

    private static Request Parse(IReadOnlyList<string> args)
    {
        var read = OptionReader.Read(args, Name, Usage,
            values: ["--base", "--diff", .. ComparisonValues],
            flags: [.. ComparisonFlags, MachineCheck.AllowOption],
            lists: ["--filter"]);
        if (read.Value("--base") is not { } basePath || read.Value("--diff") is not { } diffPath)
            throw new UsageException($"compare needs --base and --diff; usage: {Usage}");
        var options = ComparisonOptions.Default with { Filters = read.List("--filter") };
        if (read.Value("--threshold") is { } threshold)
            options = options with { Threshold = ParseThreshold(threshold) };
        if (read.Value("--noise") is { } noise)
            options = options with { NoiseNanoseconds = ParseNoise(noise) };
        return new Request(basePath, diffPath, options, read.Value("--top") is { } top ? ParseTop(top) : null, read.Has("--full-id"),
            read.Has("--fail-on-regression"), read.Has(MachineCheck.AllowOption),
            read.Value("--format") is { } format ? ParseFormat(format) : ComparisonFormatter.Format.Markdown, read.Value("--output"));
    }

    /// <summary>A relative (5%) or absolute (2ms) threshold as Perfolizer reads it; never zero, which would flag any shift at all.</summary>
    private static Threshold ParseThreshold(string value)
    {
        if (!Threshold.TryParse(value, out var threshold))
            throw new UsageException($"--threshold '{value}' is not a threshold; expected e.g. 5% or 2ms");
        // Perfolizer gives the shift to apply to a sample: negative for a positive threshold (here on 1 ms).
        var shift = threshold.EffectiveShift(new Sample([1e6, 1e6], TimeUnit.Nanosecond));
        if (shift == 0)
            throw new UsageException($"--threshold '{value}' is zero: every shift, however small, would count; use e.g. 5%");
        if (shift > 0)
            throw new UsageException($"--threshold '{value}' is negative; expected e.g. 5%");
        return threshold;
    }

    private static double ParseNoise(string value)
    {
        var match = Regex.Match(value.Trim(), @"^(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s)$");
        if (!match.Success)
            throw new UsageException($"--noise '{value}' is not a time; expected e.g. 0.3ns, 1us or 2ms");
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return number * match.Groups[2].Value switch { "ns" => 1, "us" or "µs" => 1e3, "ms" => 1e6, _ => 1e9 };
    }

    private static int ParseTop(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top > 0
            ? top
            : throw new UsageException($"--top '{value}' is not valid; expected a whole number of 1 or more");

    private static ComparisonFormatter.Format ParseFormat(string value) =>
        value.ToLowerInvariant() switch
        {
            "markdown" => ComparisonFormatter.Format.Markdown,
            "console" => ComparisonFormatter.Format.Console,
            _ => throw new UsageException($"--format '{value}' is not valid; expected markdown or console"),
        };
}
