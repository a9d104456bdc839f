using System.Globalization;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>
/// The tour's options: the seed's experiment, sized so it finishes in seconds. <see cref="Pythons"/> are the
/// interpreters asked for with <c>--python</c> (none named: python3).
/// </summary>
public sealed record TourOptions(int Workers, TimeSpan Sleep, long Iterations, bool Python, IReadOnlyList<string> Pythons, long PythonIterations)
{
    public const int MaxWorkers = 64;

    /// <summary>The seed's own numbers, except iterations: .NET counts the seed's 10^7 in 3 ms, too short to show anything.</summary>
    public static readonly TourOptions Default = new(4, TimeSpan.FromSeconds(1), SuiteSizes.DefaultIterations, false, [], 10_000_000);

    public const string Usage =
        "tour [--workers N (1-64, default 4)] [--sleep <duration, default 1s>] [--iterations N (default 4e8)] [--python [<python> ...] [--python-iterations N (default 1e7)]]";

    public static TourOptions Parse(IReadOnlyList<string> args)
    {
        var read = OptionReader.Read(args, "tour", Usage, values: ["--workers", "--sleep", "--iterations", "--python-iterations"], bareLists: ["--python"]);
        var options = Default with { Python = read.Has("--python"), Pythons = read.List("--python") };
        if (read.Value("--workers") is { } workers)
            options = options with { Workers = ParseWorkers(workers) };
        if (read.Value("--sleep") is { } sleep)
            options = options with { Sleep = ParseSleep(sleep) };
        if (read.Value("--iterations") is { } iterations)
            options = options with { Iterations = ParseIterations("--iterations", iterations) };
        if (read.Value("--python-iterations") is { } pythonIterations)
            options = options with { PythonIterations = ParseIterations("--python-iterations", pythonIterations) };
        return options;
    }

    private static int ParseWorkers(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var workers) && workers is >= 1 and <= MaxWorkers
            ? workers
            : throw new UsageException($"--workers '{value}' is not valid; expected a whole number from 1 to {MaxWorkers}");

    private static TimeSpan ParseSleep(string value) =>
        Duration.TryParse(value, out var sleep) && sleep <= TimeSpan.FromMinutes(1)
            ? sleep
            : throw new UsageException($"--sleep '{value}' is not valid; expected {Duration.Expected}, at most 1min");

    private static long ParseIterations(string name, string value)
    {
        try
        {
            return SuiteSizes.ParseIterations(value);
        }
        catch (FormatException)
        {
            throw new UsageException($"{name} '{value}' is not valid; expected a whole number of 0 or more (e.g. 400000000 or 4e8)");
        }
    }
}
