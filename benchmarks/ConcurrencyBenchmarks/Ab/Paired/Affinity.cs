namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>The CPU affinity of this OS, chosen once, and how a set of CPUs is written in the pairs and the comparison.</summary>
public static class Affinity
{
    /// <summary>What a pair records where its CPUs were not held: pinning was turned off, or the OS has none ab uses.</summary>
    public const string NotPinned = "not pinned";

    /// <summary>Linux's per-thread affinity, Windows' per-process mask; elsewhere (macOS has no affinity to set) none.</summary>
    public static ICpuAffinity Current { get; } =
        OperatingSystem.IsLinux() ? new LinuxAffinity() : OperatingSystem.IsWindows() ? new WindowsAffinity() : new NoAffinity();

    public static string Describe(IReadOnlyCollection<int> cpus) => string.Join(',', cpus.Order());
}
