using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// The suite's own options, <c>--workers 1,4</c>, <c>--sleep 50ms</c> and <c>--iterations 1e8</c>, taken out of the
/// arguments before BDN sees them. They are stored as environment variables, which BDN's benchmark processes inherit.
/// </summary>
public static class SizeOptions
{
    private static readonly Dictionary<string, (string Variable, Func<string, string> Normalize)> Options =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["--workers"] = (SuiteSizes.WorkersVariable, text => string.Join(',', SuiteSizes.ParseWorkers(text))),
            ["--sleep"] = (SuiteSizes.SleepVariable, SuiteSizes.NormalizeSleep),
            ["--iterations"] = (SuiteSizes.IterationsVariable, text => SuiteSizes.ParseIterations(text).ToString()),
        };

    public static string Describe() => "--workers <1,2,4,...>  --sleep <e.g. 100ms>  --iterations <e.g. 400000000>";

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
