using System.Globalization;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Linux;

/// <summary>
/// How many thread-pool threads a process has now, counted from the outside: .NET names its pool's worker threads
/// ".NET TP Worker" (<see cref="RuntimeThreadNames"/>), which Linux shows in <c>/proc/[pid]/task/[tid]/comm</c>. Null where there is no /proc.
/// </summary>
public static class PoolThreadCount
{
    public static int? Of(int pid)
    {
        var tasks = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/task";
        try
        {
            if (!Directory.Exists(tasks))
                return null;
            var count = 0;
            foreach (var task in Directory.EnumerateDirectories(tasks))
                if (Name(task) == RuntimeThreadNames.PoolWorker)
                    count++;
            return count;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended while it was counted
        }
    }

    private static string? Name(string task)
    {
        try
        {
            return File.ReadAllText(Path.Combine(task, "comm")).TrimEnd('\n');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the thread ended between listing and reading
        }
    }
}
