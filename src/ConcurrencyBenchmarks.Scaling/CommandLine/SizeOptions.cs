using System.Globalization;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// The suite's own options, <c>--workers 1,4</c>, <c>--sleep 50ms</c>, <c>--iterations 1e8</c>, <c>--countingShare 0.25</c> and <c>--visits 8</c>,
/// taken out of the arguments before BDN sees them. They are stored as environment variables, which BDN's benchmark processes inherit.
/// </summary>
public static class SizeOptions
{
    /// <summary>The size options, declared once: the parse below and the suite's help read them.</summary>
    public static readonly SizeOption[] All =
    [
        new("--workers", "<1,2,4,...>", $"worker counts (default {string.Join(',', SuiteSizes.DefaultWorkers)}; 1 to 256)",
            SuiteSizes.WorkersVariable, text => string.Join(',', SuiteSizes.ParseWorkers(text))),
        new("--sleep", "<duration>", $"how long an OnlySleep worker sleeps (default {SuiteSizes.DefaultSleep}; us, ms, s, min)",
            SuiteSizes.SleepVariable, SuiteSizes.NormalizeSleep),
        new("--iterations", "<n>", $"how far a CrunchNumbers worker counts (default {SuiteSizes.DefaultIterations}; 4e8 works)",
            SuiteSizes.IterationsVariable, text => SuiteSizes.ParseIterations(text).ToString()),
        new("--countingShare", "<0..1>", $"the share of a MixedWork worker's time that counts (default {SuiteSizes.DefaultCountingShare}; 25% works)",
            SuiteSizes.CountingShareVariable, text => SuiteSizes.ParseCountingShare(text).ToString(CultureInfo.InvariantCulture)),
        new("--visits", "<n>", $"interleaved visits that counting's comparisons come from (default {InterleavedSettings.DefaultVisits}, a dry job's 1; 0 for none)",
            SuiteSizes.VisitsVariable, text => SuiteSizes.ParseVisits(text).ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>The options that size any workload's run, a user's own included (the others size the suite's workloads).</summary>
    public static IEnumerable<SizeOption> ForAnyWorkload => All.Where(o => o.Variable is SuiteSizes.WorkersVariable or SuiteSizes.VisitsVariable);

    private static readonly Dictionary<string, SizeOption> Options = All.ToDictionary(o => o.Name, StringComparer.OrdinalIgnoreCase);

    public static string Describe() => string.Join("  ", All.Select(o => $"{o.Name} {o.HelpName}"));

    /// <summary>Applies the size options and returns the arguments that are left for BDN.</summary>
    public static string[] Apply(string[] args)
    {
        var rest = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            if (!Options.TryGetValue(name, out var option))
            {
                rest.Add(args[i]);
                continue;
            }
            var value = inlineValue ?? (i + 1 < args.Length && !args[i + 1].StartsWith("--") ? args[++i] : null)
                ?? throw new UsageException($"{name} needs a value: {Describe()}");
            try
            {
                Environment.SetEnvironmentVariable(option.Variable, option.Normalize(value));
            }
            catch (FormatException e)
            {
                throw new UsageException(e.Message);
            }
        }
        CheckEnvironment();
        return [.. rest];
    }

    /// <summary>Sizes set directly in the environment get the same one-line error as options do.</summary>
    private static void CheckEnvironment()
    {
        try
        {
            _ = SuiteSizes.Workers;
            _ = SuiteSizes.Sleep;
            _ = SuiteSizes.Iterations;
            _ = SuiteSizes.CountingShare;
            _ = SuiteSizes.Visits(dryRun: false);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message + " (from the environment)");
        }
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=');
        return arg.StartsWith("--") && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }
}

/// <summary>One size option: its name, what its help shows, and the environment variable it sets (normalized).</summary>
public sealed record SizeOption(string Name, string HelpName, string Description, string Variable, Func<string, string> Normalize);
