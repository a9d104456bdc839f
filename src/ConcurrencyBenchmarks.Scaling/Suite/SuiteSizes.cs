using System.Globalization;
using ConcurrencyBenchmarks.RunReporting.Interleaving;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Strategies;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// The sizes every benchmark runs at. Fixed defaults, not calibrated at run time, so results stay comparable
/// across machines and commits; a user changes them with the program's options or these environment variables
/// (which BDN's benchmark processes inherit).
/// </summary>
public static class SuiteSizes
{
    public const string WorkersVariable = "CONCURRENCY_WORKERS";
    public const string SleepVariable = "CONCURRENCY_SLEEP";
    public const string IterationsVariable = "CONCURRENCY_ITERATIONS";
    public const string VisitsVariable = "CONCURRENCY_VISITS";
    public const string CountingShareVariable = "CONCURRENCY_COUNTING_SHARE";

    public static readonly int[] DefaultWorkers = [1, 2, 4, 8, 16];

    /// <summary>The seed sleeps 1 s; a tenth of that keeps the suite fast and the sleep far above timer resolution.</summary>
    public const string DefaultSleep = "100ms";

    /// <summary>About 100 ms of counting for one worker on the reference machine (~0.28 ns per iteration).</summary>
    public const long DefaultIterations = 400_000_000;

    /// <summary>Half counting, half sleeping: the share where neither threads alone nor waits alone explain the result.</summary>
    public const double DefaultCountingShare = 0.5;

    /// <summary>One MixedWork worker's time on a quiet machine, as long as an OnlySleep worker's: 10 slices of 10 ms.</summary>
    public const int MixedSlices = 10;

    public static double CountingShare => ParseCountingShare(Environment.GetEnvironmentVariable(CountingShareVariable) ?? "");

    public static int[] Workers => ParseWorkers(Environment.GetEnvironmentVariable(WorkersVariable) ?? "");

    public static string Sleep => NormalizeSleep(Environment.GetEnvironmentVariable(SleepVariable) ?? DefaultSleep);

    public static long Iterations => ParseIterations(Environment.GetEnvironmentVariable(IterationsVariable) ?? "");

    /// <summary>
    /// How many interleaved visits the run makes (<see cref="InterleavedSettings.DefaultVisits"/> unless set); a dry run,
    /// which measures each case once, makes one unless told otherwise: figures without intervals, in seconds.
    /// </summary>
    public static int Visits(bool dryRun) =>
        Environment.GetEnvironmentVariable(VisitsVariable) is { Length: > 0 } text ? ParseVisits(text)
        : dryRun ? 1 : InterleavedSettings.DefaultVisits;

    /// <summary>A comma-separated list of worker counts, e.g. <c>1,4,16</c>; empty means the defaults.</summary>
    public static int[] ParseWorkers(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return DefaultWorkers;
        var counts = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || count < 1 || count > WorkerCount.MaxProcesses)
                throw new FormatException(
                    $"workers '{part}' is not valid; expected whole numbers from 1 to {WorkerCount.MaxProcesses}, separated by commas (e.g. 1,2,4)");
            counts.Add(count);
        }
        return counts.Count > 0 ? [.. counts] : throw new FormatException("workers is empty; expected e.g. 1,2,4");
    }

    /// <summary>A duration such as <c>50ms</c> or <c>1s</c>, written back in its shortest form so IDs stay stable.</summary>
    public static string NormalizeSleep(string text) =>
        Duration.TryParse(text, out var duration) && duration.TotalMilliseconds <= int.MaxValue
            ? Duration.Format(duration)
            : throw new FormatException($"sleep '{text}' is not valid; expected {Duration.Expected}");

    /// <summary>A whole number of interleaved visits, 0 (none: every figure from BDN's sequential cases) to <see cref="MaxVisits"/>.</summary>
    public static int ParseVisits(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var visits) && visits <= MaxVisits
            ? visits
            : throw new FormatException($"visits '{text}' is not valid; expected a whole number from 0 to {MaxVisits}");

    public const int MaxVisits = 1000;

    /// <summary>A share from 0 to 1 (<c>0.25</c>, or <c>25%</c>); empty means the default.</summary>
    public static double ParseCountingShare(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return DefaultCountingShare;
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (double.TryParse(percent ? trimmed[..^1] : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && (percent ? number / 100 : number) is var share and >= 0 and <= 1)
            return Math.Round(share, 4);
        throw new FormatException($"counting share '{text}' is not valid; expected a number from 0 to 1 (e.g. 0.5 or 50%)");
    }

    /// <summary>A whole number of iterations; <c>4e8</c> and <c>400_000_000</c> are accepted too.</summary>
    public static long ParseIterations(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return DefaultIterations;
        var cleaned = text.Trim().Replace("_", "");
        if (long.TryParse(cleaned, NumberStyles.None, CultureInfo.InvariantCulture, out var whole))
            return whole;
        if (double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number >= 0 && number <= long.MaxValue && number == Math.Floor(number))
            return (long)number;
        throw new FormatException($"iterations '{text}' is not valid; expected a whole number of 0 or more (e.g. 400000000 or 4e8)");
    }
}
