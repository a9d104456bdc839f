using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads.Protocol;

/// <summary>The command line of one worker process: which workload, how big, and whether to say who ran it.</summary>
/// <param name="Arguments">The worker's arguments, e.g. <c>sleep 100ms</c>.</param>
/// <param name="ExpectedDuration">About how long the work takes, from which a default timeout is derived.</param>
public sealed record WorkerCommand(IReadOnlyList<string> Arguments, TimeSpan ExpectedDuration = default)
{
    public const string WhoFlag = "--who";

    public static WorkerCommand OnlySleep(TimeSpan duration) =>
        new(["sleep", Duration.Format(Workloads.OnlySleep.Validate(duration))], duration);

    public static WorkerCommand CrunchNumbers(long iterations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        return new(["crunch", iterations.ToString(CultureInfo.InvariantCulture)], TimeSpan.FromTicks(iterations / 100)); // 1 ns per iteration: over three times what the loop takes here
    }

    /// <summary><paramref name="slices"/> times: count <paramref name="iterations"/>, then sleep <paramref name="sleep"/> (<see cref="Workloads.MixedWork"/>).</summary>
    public static WorkerCommand MixedWork(long iterations, TimeSpan sleep, int slices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        ArgumentOutOfRangeException.ThrowIfNegative(slices);
        return new(["mixed", iterations.ToString(CultureInfo.InvariantCulture), Duration.Format(Workloads.OnlySleep.Validate(sleep)),
            slices.ToString(CultureInfo.InvariantCulture)], (TimeSpan.FromTicks(iterations / 100) + sleep) * slices);
    }

    /// <summary>Long enough that only a hung worker reaches it: ten times the expected work, plus 30 s for start-up on a busy machine.</summary>
    public TimeSpan DefaultTimeout => ExpectedDuration * 10 + TimeSpan.FromSeconds(30);

    /// <summary>The same command, asking the worker to print the seed's PID / process / thread line first.</summary>
    public WorkerCommand WithIdentity() => Arguments.Contains(WhoFlag) ? this : this with { Arguments = [.. Arguments, WhoFlag] };

    public override string ToString() => string.Join(' ', Arguments);
}
