namespace ConcurrencyBenchmarks.Reporting.Scaling;

/// <summary>What the scaling columns and charts need to know of one benchmark case.</summary>
/// <param name="Group">Cases compare only within a group: the same benchmark class, job and parameters other than Workers.</param>
/// <param name="Strategy">The benchmark method: Serial, Threads, ….</param>
/// <param name="IsSerial">Whether this is the baseline that runs one worker after another.</param>
/// <param name="Workers">How many workers the case ran.</param>
/// <param name="MeanNanoseconds">The measured mean, or null when the case did not produce one.</param>
/// <param name="Workload">What one worker does, which decides the ideal.</param>
public sealed record CaseResult(string Group, string Strategy, bool IsSerial, int Workers, double? MeanNanoseconds, Workload Workload);

/// <summary>What one worker does, as far as the physical limit is concerned.</summary>
public abstract record Workload
{
    /// <summary>Waits for a fixed time: concurrent workers can all wait at once.</summary>
    public sealed record Sleep(double Nanoseconds) : Workload;

    /// <summary>Keeps one core busy: concurrent workers share the cores.</summary>
    public sealed record Crunch(int Cores) : Workload;
}
