using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>
/// Every worker process still running, so that Ctrl+C, SIGTERM or the end of this process kills them:
/// a worker must never outlive the process that started it.
/// </summary>
internal static class WorkerProcessTracker
{
    private static readonly ConcurrentDictionary<Process, byte> Running = new();
    // Kept in a field: a registration that is collected stops handling its signal.
    private static readonly PosixSignalRegistration[] Signals;

    static WorkerProcessTracker()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        // The handlers do not cancel the signal: the process still ends as it would, without its workers.
        Signals =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => KillAll()),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => KillAll()),
            PosixSignalRegistration.Create(PosixSignal.SIGQUIT, _ => KillAll()),
        ];
    }

    public static void Add(Process process) => Running.TryAdd(process, 0);

    public static void Remove(Process process) => Running.TryRemove(process, out _);

    private static void KillAll()
    {
        foreach (var process in Running.Keys)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (Exception) { /* exited meanwhile: nothing to kill */ }
        }
    }
}
