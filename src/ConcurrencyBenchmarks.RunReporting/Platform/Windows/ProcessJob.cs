using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Windows;

/// <summary>
/// A Windows job object this process puts itself in the first time it is asked, so that every process it starts after
/// (the benchmark processes, their workers) is in it too. Windows keeps no exited child's CPU time in its parent, as
/// Linux does, but a job's accounting keeps that of every process that was ever in it: the tree's time, the workers of
/// the Processes strategy that exited within an iteration included. Null where the job cannot be made or joined.
/// </summary>
public static class ProcessJob
{
    private static readonly Lazy<nint?> Job = new(CreateAndJoin);

    /// <summary>Puts this process in the job now, if it is not yet: the processes it starts after are counted; true when it is in.</summary>
    public static bool Join() => Job.Value is not null;

    /// <summary>The CPU time (user and kernel, 100 ns units) of every process ever in the job, to subtract from a later reading.</summary>
    public static long? TotalCpuTime()
    {
        if (Job.Value is not { } job)
            return null;
        return QueryInformationJobObject(job, BasicAccountingInformation, out var accounting, Marshal.SizeOf<BasicAccounting>(), out _)
            ? accounting.TotalUserTime + accounting.TotalKernelTime
            : null;
    }

    /// <summary>Whether <paramref name="pid"/> is in the job: a process started before this one joined is not, and its time is not counted.</summary>
    public static bool Contains(int pid)
    {
        if (Job.Value is not { } job)
            return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return IsProcessInJob(process.Handle, job, out var inJob) && inJob;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    private static nint? CreateAndJoin()
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            var job = CreateJobObject(0, null);
            if (job == 0)
                return null;
            // Since Windows 8 a process already in a job (a CI runner's, a terminal's) can join a nested one.
            using var self = System.Diagnostics.Process.GetCurrentProcess();
            if (AssignProcessToJobObject(job, self.Handle))
                return job; // kept open for the process's life: closing it would end the accounting
            CloseHandle(job);
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private const int BasicAccountingInformation = 1; // JobObjectBasicAccountingInformation

    /// <summary>JOBOBJECT_BASIC_ACCOUNTING_INFORMATION: times in 100 ns units, then counts.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct BasicAccounting
    {
        public long TotalUserTime;
        public long TotalKernelTime;
        public long ThisPeriodTotalUserTime;
        public long ThisPeriodTotalKernelTime;
        public int TotalPageFaultCount;
        public int TotalProcesses;
        public int ActiveProcesses;
        public int TotalTerminatedProcesses;
    }

    [DllImport("kernel32", EntryPoint = "CreateJobObjectW", CharSet = CharSet.Unicode, SetLastError = true)]
    private static extern nint CreateJobObject(nint attributes, string? name);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool AssignProcessToJobObject(nint job, nint process);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool QueryInformationJobObject(nint job, int informationClass, out BasicAccounting information, int length, out int returned);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool IsProcessInJob(nint process, nint job, [MarshalAs(UnmanagedType.Bool)] out bool result);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CloseHandle(nint handle);
}
