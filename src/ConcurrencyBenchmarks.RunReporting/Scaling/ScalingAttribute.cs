namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>What one worker of a scaling benchmark does, which decides its ideal.</summary>
public enum WorkloadKind
{
    /// <summary>Waits: the size parameter is a duration (e.g. <c>100ms</c>); concurrent workers can all wait at once.</summary>
    Sleep,

    /// <summary>Keeps a processor busy: concurrent workers share the run's processors.</summary>
    Crunch,

    /// <summary>
    /// Computes and waits, in a share measured from Serial's CPU time (busy cores); the size parameter, when the class
    /// names one, is the counting share asked for (0 to 1), which stands in where the CPU time was not measured.
    /// </summary>
    Mixed,
}

/// <summary>
/// Declares that a benchmark class takes part in scaling: its cases are held against Serial and the physical limit.
/// It names the worker-count parameter and the workload's size parameter (none for a user's own work); the class's baseline method
/// (<c>[Benchmark(Baseline = true)]</c>) is Serial. <see cref="ScalingContractValidator"/> checks all of it before
/// anything is measured.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true, AllowMultiple = false)]
public sealed class ScalingAttribute(WorkloadKind workload, string? sizeParameter) : Attribute
{
    /// <summary>A workload with no size parameter: its one worker's time and CPU share are measured.</summary>
    public ScalingAttribute(WorkloadKind workload) : this(workload, null)
    {
    }

    public const string DefaultWorkersParameter = "Workers";

    /// <summary>
    /// The baseline's method in this suite's classes, which reports written before the run recorded each case's
    /// baseline (the full JSON's <c>Scaling</c>) are read by; a new run records the class's own baseline.
    /// </summary>
    public const string UnrecordedBaselineMethod = "Serial";

    public WorkloadKind Workload { get; } = workload;

    public string? SizeParameter { get; } = sizeParameter;

    public string WorkersParameter { get; init; } = DefaultWorkersParameter;
}
