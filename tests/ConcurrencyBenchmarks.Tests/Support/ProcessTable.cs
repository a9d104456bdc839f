using System.Diagnostics;
using System.Globalization;
using ConcurrencyBenchmarks.RunReporting.Platform.Windows;

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>
/// Every process with its parent and command line, as each OS lists them: Linux's /proc, macOS' ps, Windows' process
/// snapshot (the suite's own reader), where the command is only the executable's name.
/// </summary>
public static class ProcessTable
{
    public sealed record Row(int Pid, int Parent, string Command);

    public static IReadOnlyList<Row>? Read() =>
        OperatingSystem.IsLinux() ? FromProc() : OperatingSystem.IsMacOS() ? FromPs()
        : ProcessSnapshot.Read()?.Select(process => new Row(process.Pid, process.Parent, process.Executable)).ToList();

    /// <summary>Whether the process is still there: on Linux until it is reaped, as /proc shows it; elsewhere until it exits.</summary>
    public static bool IsAlive(int pid)
    {
        if (OperatingSystem.IsLinux())
            return Directory.Exists($"/proc/{pid}");
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (InvalidOperationException)
        {
            return false; // it ended while we looked
        }
    }

    private static List<Row> FromProc()
    {
        var rows = new List<Row>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                rows.Add(new Row(pid, parent, File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ')));
            }
            catch (IOException) { /* the process ended while we looked */ }
            catch (UnauthorizedAccessException) { }
        }
        return rows;
    }

    /// <summary>ps's own row (a child of this process while it runs) is left out.</summary>
    private static List<Row> FromPs()
    {
        var listing = ProcessRunner.Run("ps", ["-A", "-o", "pid=,ppid=,command="]);
        return listing.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length == 3 && !fields[2].StartsWith("ps -A", StringComparison.Ordinal))
            .Select(fields => new Row(int.Parse(fields[0], CultureInfo.InvariantCulture), int.Parse(fields[1], CultureInfo.InvariantCulture), fields[2]))
            .ToList();
    }
}
