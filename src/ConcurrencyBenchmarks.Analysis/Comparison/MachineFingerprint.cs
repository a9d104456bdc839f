using System.Text.Json;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// The machine a result set was measured on, as BDN's full JSON records it (<c>HostEnvironmentInfo</c>): results of
/// two machines differ by the machines as much as by the code, so comparing them needs saying so.
/// </summary>
public sealed record MachineFingerprint(string Processor, int? LogicalCores, int? PhysicalCores, string Os, string Runtime)
{
    /// <summary>The fingerprint of a full JSON report, or null when it records no host (a generated result set).</summary>
    public static MachineFingerprint? From(JsonElement report)
    {
        if (!report.TryGetProperty("HostEnvironmentInfo", out var host) || host.ValueKind != JsonValueKind.Object)
            return null;
        string Text(string name) => host.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "?";
        int? Number(string name) => host.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
        return new MachineFingerprint(Text("ProcessorName"), Number("LogicalCoreCount"), Number("PhysicalCoreCount"), Text("OsVersion"), Text("RuntimeVersion"));
    }

    /// <summary>The first way this machine differs from another, e.g. "processor 'AMD EPYC' against 'Intel Xeon'", or null when they are one.</summary>
    public string? DifferenceFrom(MachineFingerprint other) =>
        Processor != other.Processor ? $"processor '{Processor}' against '{other.Processor}'"
        : LogicalCores != other.LogicalCores ? $"{LogicalCores} logical cores against {other.LogicalCores}"
        : PhysicalCores != other.PhysicalCores ? $"{PhysicalCores} physical cores against {other.PhysicalCores}"
        : Os != other.Os ? $"OS '{Os}' against '{other.Os}'"
        : Runtime != other.Runtime ? $"runtime '{Runtime}' against '{other.Runtime}'"
        : null;

    public override string ToString() =>
        $"{Processor}, {LogicalCores?.ToString() ?? "?"} logical and {PhysicalCores?.ToString() ?? "?"} physical cores, {Os}, {Runtime}";
}
