using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using ConcurrencyBenchmarks.Analysis.Comparison;
using Perfolizer.Horology;
using Perfolizer.Metrology;
using Pragmastat;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// How a comparison is judged and written, declared once: <c>compare</c> takes these options, and <c>ab</c> takes the
/// same ones (a new set each, since an option belongs to the commands it is added to).
/// </summary>
public sealed class ComparisonOptionSet
{
    /// <param name="threshold">What the threshold's help says of it: its default, and the kinds it takes.</param>
    public ComparisonOptionSet(string threshold = "relative (5%, the default) or absolute (2ms)") =>
        Threshold = SuiteParser.Parsed("--threshold", "5%|2ms", $"the smallest change that counts: {threshold}", ParseThreshold);

    public Option<Threshold> Threshold { get; }

    public Option<double> Noise { get; } = SuiteParser.Parsed("--noise", "0.3ns",
        "a difference of medians below this is no change (default 0.3ns)", ParseNoise);

    public Option<int> Top { get; } = SuiteParser.Parsed("--top", "N", "show at most N rows of each table", ParseTop);

    public Option<bool> FullIds { get; } = SuiteParser.Flag("--full-id", "name benchmarks by their full IDs");

    public Option<bool> FailOnRegression { get; } = SuiteParser.Flag("--fail-on-regression", "exit 1 when anything got slower");

    public Option<ComparisonFormatter.Format> Format { get; } = SuiteParser.Parsed("--format", "markdown|console",
        "markdown (the default, for a pull request) or console", ParseFormat);

    public Option<string> Output { get; } = SuiteParser.Text("--output", "file", "write the comparison to this file; print only its summary line");

    public IEnumerable<Option> All => [Threshold, Noise, Top, FullIds, FailOnRegression, Format, Output];

    /// <summary>A relative (5%) or absolute (2ms) threshold as Perfolizer reads it; never zero, which would flag any shift at all.</summary>
    public static Threshold ParseThreshold(string value)
    {
        if (!Perfolizer.Metrology.Threshold.TryParse(value, out var threshold))
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
