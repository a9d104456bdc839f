using System.CommandLine;
using System.Globalization;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.Tour;

/// <summary>
/// The tour's options: the seed's experiment, sized so it finishes in seconds. <see cref="Pythons"/> are the
/// interpreters asked for with <c>--python</c> (none named: python3 or python; py on Windows first).
/// </summary>
public sealed record TourOptions(int Workers, TimeSpan Sleep, long Iterations, bool Python, IReadOnlyList<string> Pythons, long PythonIterations)
{
    public const int MaxWorkers = 64;

    /// <summary>The seed's own numbers, except iterations: .NET counts the seed's 10^7 in 3 ms, too short to show anything.</summary>
    public static readonly TourOptions Default = new(4, TimeSpan.FromSeconds(1), SuiteSizes.DefaultIterations, false, [], 10_000_000);

    /// <summary>The tour's command, its options declared once: the parse, <c>tour --help</c> and the usage line come from it.</summary>
    private sealed class Declared
    {
        public Option<int> Workers { get; } = SuiteParser.Parsed("--workers", "N", "workers per workload (1-64, default 4)", ParseWorkers);
        public Option<TimeSpan> Sleep { get; } = SuiteParser.Parsed("--sleep", "duration", "how long an OnlySleep worker sleeps (default 1s)", ParseSleep);
        public Option<long> Iterations { get; } = SuiteParser.Parsed("--iterations", "N", "how far a CrunchNumbers worker counts (default 4e8)",
            value => ParseIterations("--iterations", value));
        public Option<string[]> Python { get; } = new("--python")
        {
            Description = "run the experiment in CPython too: in each interpreter named, or python3 (py, python on Windows)",
            HelpName = "python",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        public Option<long> PythonIterations { get; } = SuiteParser.Parsed("--python-iterations", "N", "how far a CPython worker counts (default 1e7)",
            value => ParseIterations("--python-iterations", value));

        public Command Command { get; }

        public Declared()
        {
            Python.Validators.Add(result =>
            {
                if (result.Tokens.Any(t => t.Value.Length == 0))
                    result.AddError("--python needs a value when given one: an interpreter's name or path");
            });
            Command = new Command("tour", "the seed tutorial's experiment, directly, in seconds") { Workers, Sleep, Iterations, Python, PythonIterations };
        }
    }

    /// <summary>The command as declared, for the suite's help.</summary>
    public static Command Declaration => new Declared().Command;

    /// <summary>The tour's options; null when help was asked for and written to <paramref name="output"/>.</summary>
    public static TourOptions? Parse(IReadOnlyList<string> args, TextWriter output)
    {
        var declared = new Declared();
        if (SuiteParser.Parse(declared.Command, args, output) is not { } parsed)
            return null;
        T Or<T>(Option<T> option, T fallback) => !parsed.Given(option) ? fallback : parsed.GetValue(option)!;
        return new TourOptions(Or(declared.Workers, Default.Workers), Or(declared.Sleep, Default.Sleep), Or(declared.Iterations, Default.Iterations),
            parsed.Given(declared.Python), parsed.GetValue(declared.Python) ?? [], Or(declared.PythonIterations, Default.PythonIterations));
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
