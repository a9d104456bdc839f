using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads.Processes;

/// <summary>The command line of one worker process: which workload, how big, and whether to say who ran it.</summary>
public sealed record WorkerCommand(IReadOnlyList<string> Arguments)
{
    public const string WhoFlag = "--who";

    public static WorkerCommand OnlySleep(TimeSpan duration) =>
        new(["sleep", Duration.Format(Workloads.OnlySleep.Validate(duration))]);

    public static WorkerCommand CrunchNumbers(long iterations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        return new(["crunch", iterations.ToString(CultureInfo.InvariantCulture)]);
    }

    /// <summary>The same command, asking the worker to print the seed's PID / process / thread line first.</summary>
    public WorkerCommand WithIdentity() => Arguments.Contains(WhoFlag) ? this : new([.. Arguments, WhoFlag]);

    public override string ToString() => string.Join(' ', Arguments);
}
