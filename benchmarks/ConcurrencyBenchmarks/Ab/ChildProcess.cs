using System.Diagnostics;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// A command run to completion with its output in a log file, which <see cref="KillRunning"/> ends with its whole
/// process tree (Ctrl+C, SIGTERM): no build or benchmark process outlives the comparison.
/// </summary>
public static class ChildProcess
{
    private static Process? _running;
    private static readonly object Gate = new();

    /// <summary>Runs <paramref name="file"/> with <paramref name="arguments"/> in <paramref name="directory"/>; returns its exit code.</summary>
    public static int Run(string file, IEnumerable<string> arguments, string directory, string log)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Directory.CreateDirectory(Path.GetDirectoryName(log)!);
        using var output = new StreamWriter(log);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.WriteLine(e.Data); };
        lock (Gate)
        {
            process.Start();
            _running = process;
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        lock (Gate)
            _running = null;
        return process.ExitCode;
    }

    /// <summary>Kills the command under way, if any, with everything it started.</summary>
    public static void KillRunning()
    {
        lock (Gate)
        {
            try { _running?.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* it exited meanwhile */ }
        }
    }
}
