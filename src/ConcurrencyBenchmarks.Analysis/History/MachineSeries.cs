using System.Text.RegularExpressions;
using ConcurrencyBenchmarks.Analysis.Comparison;

namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>
/// What makes one series of the history: the hardware and the OS family. The runtime, the OS release and the kernel
/// are recorded per run instead, so a servicing release does not start a new series, and an upgrade shows on the
/// trend (see <see cref="SoftwareChange"/>) where a step may coincide with it.
/// </summary>
public sealed partial record MachineSeries(string Processor, int? LogicalCores, int? PhysicalCores, string OsFamily)
{
    public static MachineSeries Of(MachineFingerprint machine) =>
        new(machine.Processor, machine.LogicalCores, machine.PhysicalCores, OsFamilyOf(machine.Os));

    /// <summary>Linux, Windows or macOS from BDN's OS description (e.g. "Linux Debian GNU/Linux 12 (bookworm)"); the description itself when it names none.</summary>
    public static string OsFamilyOf(string os) =>
        os.Contains("Windows", StringComparison.OrdinalIgnoreCase) ? "Windows"
        : os.Contains("macOS", StringComparison.OrdinalIgnoreCase) || os.Contains("Darwin", StringComparison.OrdinalIgnoreCase) ? "macOS"
        : os.Contains("Linux", StringComparison.OrdinalIgnoreCase) ? "Linux"
        : os;

    /// <summary>The runtime's version alone, e.g. "10.0.12" of ".NET 10.0.12 (10.0.12, 10.0.1226.42308)".</summary>
    public static string RuntimeVersionOf(string runtime) => Version().Match(runtime) is { Success: true } match ? match.Value : runtime;

    public override string ToString() =>
        $"{Processor}, {LogicalCores?.ToString() ?? "?"} logical and {PhysicalCores?.ToString() ?? "?"} physical cores, {OsFamily}";

    [GeneratedRegex(@"\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?")]
    private static partial Regex Version();
}
