namespace ConcurrencyBenchmarks.RunReporting.Platform.Linux;

/// <summary>
/// The CPU time of this process's background JIT threads (the runtime's tier-up compiler), per thread. A case run in
/// process shares its process with the host, whose compiler keeps raising the host's own methods for seconds after a
/// run starts (half a processor, measured beside a case that only sleeps): that time is the host's, not the strategy's.
/// Empty off Linux.
/// </summary>
public static class BackgroundCompiling
{
    private static readonly string ThreadName = RuntimeThreadNames.AsLinuxKeepsIt(RuntimeThreadNames.Compiler);

    public static IReadOnlyDictionary<int, long> ReadThreads()
    {
        var threads = new Dictionary<int, long>();
        if (!OperatingSystem.IsLinux())
            return threads;
        foreach (var directory in Directory.EnumerateDirectories("/proc/self/task"))
            if (int.TryParse(Path.GetFileName(directory), out var id) && IsCompiler(directory)
                && ProcessCpuClock.ThreadNanoseconds(id) is { } nanoseconds)
                threads[id] = nanoseconds;
        return threads;
    }

    private static bool IsCompiler(string thread)
    {
        try
        {
            return File.ReadAllText(Path.Combine(thread, "comm")).TrimEnd() == ThreadName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // ended while listed: it has nothing more to count
        }
    }
}
