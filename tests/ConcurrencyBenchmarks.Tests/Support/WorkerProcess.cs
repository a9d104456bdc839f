using System.Diagnostics;

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>Starts the suite's JIT worker (copied next to the tests) as a child process: a portable sleep or spin for a test.</summary>
public static class WorkerProcess
{
    /// <summary>e.g. <c>Start("sleep", "5s")</c>, or <c>Start("crunch", "100000000000")</c> to keep one processor busy until killed.</summary>
    public static Process Start(params string[] command)
    {
        var start = new ProcessStartInfo(DotnetHost.Path) { UseShellExecute = false, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.Worker.dll"));
        foreach (var argument in command)
            start.ArgumentList.Add(argument);
        return Process.Start(start)!;
    }
}
