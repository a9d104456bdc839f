using System.Globalization;
using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.Worker;

/// <summary>
/// One worker's job as given on the command line: <c>sleep 100ms</c>, <c>crunch 400000000</c> or
/// <c>mixed 17000000 5ms 10</c> (count, sleep, slices), optionally <c>--who</c>.
/// </summary>
internal sealed record WorkerRequest(string Workload, TimeSpan Sleep, long Iterations, bool Who, int Slices = 0)
{
    public const string Usage = "usage: ConcurrencyBenchmarks.Worker (sleep <duration, e.g. 100ms> | crunch <iterations> | mixed <iterations> <sleep> <slices>) [--who], or: ConcurrencyBenchmarks.Worker serve";

    /// <summary>Parses the arguments; bad ones throw <see cref="UsageException"/> with a one-line message.</summary>
    public static WorkerRequest Parse(IReadOnlyList<string> args)
    {
        var who = args.Contains(Workloads.Protocol.WorkerCommand.WhoFlag);
        var words = args.Where(a => a != Workloads.Protocol.WorkerCommand.WhoFlag).ToArray();
        if (words.Length == 0)
            throw new UsageException("no workload given; " + Usage);
        if (words[0] == "mixed")
            return Mixed(words, who);
        if (words.Length != 2)
            throw new UsageException($"expected a workload and its size, got '{string.Join(' ', words)}'; " + Usage);

        return words[0] switch
        {
            "sleep" => new WorkerRequest("sleep", ParseSleep(words[1]), 0, who),
            "crunch" => new WorkerRequest("crunch", TimeSpan.Zero, ParseIterations(words[1]), who),
            _ => throw new UsageException($"unknown workload '{words[0]}'; " + Usage),
        };
    }

    private static WorkerRequest Mixed(string[] words, bool who)
    {
        if (words.Length != 4)
            throw new UsageException($"expected mixed <iterations> <sleep> <slices>, got '{string.Join(' ', words)}'; " + Usage);
        if (!int.TryParse(words[3], NumberStyles.None, CultureInfo.InvariantCulture, out var slices))
            throw new UsageException($"'{words[3]}' is not a number of slices; expected a whole number from 0 to {int.MaxValue}");
        return new WorkerRequest("mixed", ParseSleep(words[2]), ParseIterations(words[1]), who, slices);
    }

    private static TimeSpan ParseSleep(string word) =>
        Duration.TryParse(word, out var duration) && duration.TotalMilliseconds <= int.MaxValue
            ? duration
            : throw new UsageException($"'{word}' is not a duration; expected {Duration.Expected}");

    private static long ParseIterations(string word) =>
        long.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            ? iterations
            : throw new UsageException($"'{word}' is not an iteration count; expected a whole number from 0 to {long.MaxValue}");

    /// <summary>Runs the worker and returns the line to print: the count, or the time slept.</summary>
    public string Run()
    {
        if (Workload == "mixed")
            return MixedWork.Run(Iterations, Sleep, Slices).ToString(CultureInfo.InvariantCulture);
        if (Workload == "crunch")
            return CrunchNumbers.Run(Iterations).ToString(CultureInfo.InvariantCulture);
        OnlySleep.Run(Sleep);
        return "slept " + Duration.Format(Sleep);
    }
}

internal sealed class UsageException(string message) : Exception(message);
