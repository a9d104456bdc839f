using ConcurrencyBenchmarks.RunReporting.Platform.Linux;
using ConcurrencyBenchmarks.RunReporting.Platform.MacOS;
using ConcurrencyBenchmarks.RunReporting.Platform.Windows;

namespace ConcurrencyBenchmarks.RunReporting.Platform;

/// <summary>The readers of the OS this process runs on, chosen once.</summary>
public static class OsReaders
{
    public static IOsReaders Current { get; } =
        OperatingSystem.IsLinux() ? new LinuxReaders()
        : OperatingSystem.IsWindows() ? new WindowsReaders()
        : OperatingSystem.IsMacOS() ? new MacReaders()
        : new PortableReaders();

    /// <summary>For a legend's ?: "" where this OS's readers read everything, else what they cannot, in parentheses.</summary>
    public static string UnreadNote => Current.Unread is { } unread ? $" ({unread})" : "";
}
