using System.Runtime.InteropServices;
using System.Text;

namespace ConcurrencyBenchmarks.Workloads.Capacity.MacOS;

/// <summary>macOS's <c>sysctlbyname</c>: the kernel's named values (hw.logicalcpu, hw.tbfrequency, …). Null off macOS or where the name is unknown.</summary>
public static class Sysctl
{
    /// <summary>A number the kernel keeps in 4 or 8 bytes.</summary>
    public static long? Number(string name)
    {
        if (!OperatingSystem.IsMacOS())
            return null;
        try
        {
            var bytes = new byte[sizeof(long)];
            nint size = bytes.Length;
            return sysctlbyname(name, bytes, ref size, IntPtr.Zero, 0) == 0
                ? size switch { 4 => BitConverter.ToInt32(bytes), 8 => BitConverter.ToInt64(bytes), _ => null }
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>A string, as the kernel keeps it (ends in a NUL).</summary>
    public static string? Text(string name)
    {
        if (!OperatingSystem.IsMacOS())
            return null;
        try
        {
            var bytes = new byte[256];
            nint size = bytes.Length;
            return sysctlbyname(name, bytes, ref size, IntPtr.Zero, 0) == 0 && size > 0
                ? Encoding.UTF8.GetString(bytes, 0, (int)size).TrimEnd('\0')
                : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int sysctlbyname(string name, [Out] byte[] value, ref nint size, IntPtr newValue, nint newSize);
}
