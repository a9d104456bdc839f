namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>Turns a profiler this OS cannot run into a one-line error instead of a failure deep inside BDN.</summary>
public static class ProfilerCheck
{
    // ETW-based profilers from BenchmarkDotNet.Diagnostics.Windows, referenced only on Windows.
    private static readonly string[] WindowsOnly = ["ETW", "CV", "NativeMemory"];

    public static void Check(string? profiler)
    {
        if (string.IsNullOrEmpty(profiler) || OperatingSystem.IsWindows())
            return;
        if (WindowsOnly.Contains(profiler, StringComparer.OrdinalIgnoreCase))
            throw new UsageException(
                $"the {profiler} profiler works only on Windows; on this OS use --profiler EP (EventPipe, cross-platform)");
    }
}
