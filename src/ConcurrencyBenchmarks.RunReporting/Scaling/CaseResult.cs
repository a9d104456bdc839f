using ConcurrencyBenchmarks.RunReporting.Interleaving;

namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>What the scaling columns and charts need to know of one benchmark case.</summary>
/// <param name="Group">Cases compare only within a group: the same benchmark class, job and parameters other than Workers.</param>
/// <param name="Strategy">The benchmark method: Serial, Threads, ….</param>
/// <param name="IsSerial">Whether this is the baseline that runs one worker after another.</param>
/// <param name="Workers">How many workers the case ran.</param>
/// <param name="Processors">C: the processors the case's benchmark process could use.</param>
/// <param name="Timing">The measured time, or null when the case did not produce one.</param>
/// <param name="Workload">What one worker does, which decides the ideal.</param>
public sealed record CaseResult(string Group, string Strategy, bool IsSerial, int Workers, int Processors, Timing? Timing, Workload Workload)
{
    /// <summary>BDN's median of the case's own iterations, measured in its turn of the sequential run.</summary>
    public double? MedianNanoseconds => Timing?.Median is > 0 and var median ? median : null;

    /// <summary>BDN's raw measurements of the case, nanoseconds per operation, when it ran.</summary>
    public IReadOnlyList<double> Values { get; init; } = [];

    /// <summary>The case's figures from the run's interleaved visits, when it took part in them.</summary>
    public InterleavedEstimate? Interleaved { get; init; }

    /// <summary>
    /// How many processors the case's process tree kept busy: its CPU time over its wall time (the busy-cores column),
    /// when measured. Serial's is one worker's CPU share, which the ideal takes (<see cref="ScalingMath.CpuShare"/>).
    /// </summary>
    public double? BusyCores { get; init; }

    /// <summary>The median the comparisons use: the interleaved visits' where the case took part in them, else BDN's.</summary>
    public double? ComparedNanoseconds => Interleaved?.MedianNanoseconds ?? MedianNanoseconds;
}

/// <summary>A case's measured time in nanoseconds: the median and the quartiles around it (its spread).</summary>
public sealed record Timing(double Median, double LowerQuartile, double UpperQuartile)
{
    public static Timing Exactly(double nanoseconds) => new(nanoseconds, nanoseconds, nanoseconds);
}

/// <summary>
/// What one worker does, as far as the physical limit is concerned: how long one worker takes (a sleep's is its
/// duration, else measured) and the share of it that keeps a processor busy (measured; <see cref="DeclaredShare"/>
/// where it was not).
/// </summary>
public abstract record Workload
{
    /// <summary>The CPU share the workload is made of, which the ideal takes where Serial's CPU time was not measured.</summary>
    public abstract double? DeclaredShare { get; }

    /// <summary>Waits for a fixed time: concurrent workers can all wait at once.</summary>
    public sealed record Sleep(double Nanoseconds) : Workload
    {
        public override double? DeclaredShare => 0;
    }

    /// <summary>Keeps one processor busy: concurrent workers share the processors.</summary>
    public sealed record Crunch : Workload
    {
        public static readonly Crunch Instance = new();

        public override double? DeclaredShare => 1;
    }

    /// <summary>Computes and waits: its share is measured; <paramref name="AskedShare"/> is what the class asked for, if it says.</summary>
    public sealed record Mixed(double? AskedShare) : Workload
    {
        public static readonly Mixed Unknown = new((double?)null);

        public override double? DeclaredShare => AskedShare;
    }
}
