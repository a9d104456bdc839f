using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.RunReporting.Platform.Windows;

/// <summary>
/// Every process's parent, from one Toolhelp snapshot (<c>CreateToolhelp32Snapshot</c>): .NET's Process gives no parent
/// on Windows. Windows reuses a process id once its process is gone, so a parent id can name a process that started
/// later than its "child": a child is only counted when it started after its parent.
/// </summary>
public static class ProcessSnapshot
{
    /// <summary>A live process: its id, its parent's, and its executable's file name.</summary>
    public readonly record struct Entry(int Pid, int Parent, string Executable);

    /// <summary>Each live process's parent id; null off Windows or when no snapshot could be taken.</summary>
    public static IReadOnlyDictionary<int, int>? Parents() => Read()?.ToDictionary(e => e.Pid, e => e.Parent);

    /// <summary>Every live process; null off Windows or when no snapshot could be taken.</summary>
    public static IReadOnlyList<Entry>? Read()
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            var snapshot = CreateToolhelp32Snapshot(SnapshotProcesses, 0);
            if (snapshot == InvalidHandle)
                return null;
            try
            {
                var entries = new List<Entry>();
                var entry = new ProcessEntry { Size = Marshal.SizeOf<ProcessEntry>() };
                for (var more = Process32First(snapshot, ref entry); more; more = Process32Next(snapshot, ref entry))
                    entries.Add(new Entry(entry.ProcessId, entry.ParentProcessId, entry.ExeFile));
                return entries;
            }
            finally
            {
                CloseHandle(snapshot);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary><paramref name="root"/> and all its descendants in <paramref name="parents"/>, the root first.</summary>
    public static IReadOnlyList<int> Tree(int root, IReadOnlyDictionary<int, int> parents, Func<int, DateTime?>? started = null)
    {
        var children = parents.Where(p => p.Key != p.Value).ToLookup(p => p.Value, p => p.Key); // the idle process is its own parent
        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
            foreach (var child in children[tree[i]])
                if (!tree.Contains(child) && StartedAfter(child, tree[i], started))
                    tree.Add(child);
        return tree;
    }

    private static bool StartedAfter(int child, int parent, Func<int, DateTime?>? started) =>
        started is null || started(child) is not { } childStart || started(parent) is not { } parentStart || childStart >= parentStart;

    /// <summary>When a live process started; null when it is gone or may not be asked.</summary>
    public static DateTime? StartTime(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.StartTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }

    private const uint SnapshotProcesses = 0x2; // TH32CS_SNAPPROCESS
    private static readonly nint InvalidHandle = -1;

    /// <summary>PROCESSENTRY32W.</summary>
    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
    private struct ProcessEntry
    {
        public int Size;
        public int Usage;
        public int ProcessId;
        public nint DefaultHeapId;
        public int ModuleId;
        public int Threads;
        public int ParentProcessId;
        public int PriorityClassBase;
        public int Flags;
        [MarshalAs(UnmanagedType.ByValTStr, SizeConst = 260)]
        public string ExeFile;
    }

    [DllImport("kernel32", SetLastError = true)]
    private static extern nint CreateToolhelp32Snapshot(uint flags, int processId);

    [DllImport("kernel32", EntryPoint = "Process32FirstW", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool Process32First(nint snapshot, ref ProcessEntry entry);

    [DllImport("kernel32", EntryPoint = "Process32NextW", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool Process32Next(nint snapshot, ref ProcessEntry entry);

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CloseHandle(nint handle);
}
