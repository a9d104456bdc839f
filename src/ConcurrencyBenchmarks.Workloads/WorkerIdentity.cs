using System.Diagnostics;

namespace ConcurrencyBenchmarks.Workloads;

/// <summary>Who ran a worker: the line the seed prints. Taken only when asked, never inside a measured body.</summary>
public sealed record WorkerIdentity(int ProcessId, string ProcessName, int ManagedThreadId, string ThreadName)
{
    public static WorkerIdentity Current()
    {
        var thread = Thread.CurrentThread;
        using var process = Process.GetCurrentProcess();
        return new WorkerIdentity(Environment.ProcessId, process.ProcessName, thread.ManagedThreadId,
            thread.Name ?? (thread.IsThreadPoolThread ? $"ThreadPool-{thread.ManagedThreadId}" : $"Thread-{thread.ManagedThreadId}"));
    }

    public override string ToString() =>
        $"PID: {ProcessId}, Process Name: {ProcessName}, Thread Name: {ThreadName}, Thread Id: {ManagedThreadId}";
}
