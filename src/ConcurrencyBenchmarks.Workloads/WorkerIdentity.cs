using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ConcurrencyBenchmarks.Workloads;

/// <summary>Who ran a worker: the line the seed prints. Taken only when asked, never inside a measured body.</summary>
public sealed record WorkerIdentity(int ProcessId, string ProcessName, int ManagedThreadId, string ThreadName, string Runtime)
{
    public static WorkerIdentity Current()
    {
        var thread = Thread.CurrentThread;
        using var process = Process.GetCurrentProcess();
        return new WorkerIdentity(Environment.ProcessId, process.ProcessName, thread.ManagedThreadId,
            thread.Name ?? (thread.IsThreadPoolThread ? $"ThreadPool-{thread.ManagedThreadId}" : $"Thread-{thread.ManagedThreadId}"),
            CurrentRuntime);
    }

    /// <summary>NativeAOT code cannot generate code at run time; a JIT-based runtime (plain or ReadyToRun) can.</summary>
    public static string CurrentRuntime => RuntimeFeature.IsDynamicCodeSupported ? "JIT" : "NativeAOT";

    public override string ToString() =>
        $"PID: {ProcessId}, Process Name: {ProcessName}, Thread Name: {ThreadName}, Thread Id: {ManagedThreadId}, Runtime: {Runtime}";
}
