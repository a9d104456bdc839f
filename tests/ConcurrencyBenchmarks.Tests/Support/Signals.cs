using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.Tests.Support;

/// <summary>Sends a signal to another process, as Ctrl+C or a CI runner's cancel does, without a shell's kill.</summary>
public static class Signals
{
    /// <summary>Why a test that sends a signal cannot run here, or null where it can.</summary>
    public static string? Unsupported => OperatingSystem.IsWindows()
        ? "Windows has no signals to send to another process (Ctrl+C is a console event of the console the process shares)"
        : null;

    /// <summary>SIGTERM, whose number is 15 on Linux and macOS alike.</summary>
    public static void Terminate(int pid)
    {
        if (Kill(pid, 15) != 0)
            throw new InvalidOperationException($"kill({pid}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
