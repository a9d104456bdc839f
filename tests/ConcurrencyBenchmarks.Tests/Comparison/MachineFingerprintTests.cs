using System.Text.Json;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.Record;

namespace ConcurrencyBenchmarks.Tests.Comparison;

/// <summary>The machine a report was measured on, with the processors' layout where the report records it.</summary>
public class MachineFingerprintTests
{
    private static MachineFingerprint Read(string? topology) =>
        MachineFingerprint.From(JsonSerializer.Deserialize<FullReport>($$"""
            {
              "HostEnvironmentInfo": { "ProcessorName": "Intel Xeon", "LogicalCoreCount": 16, "PhysicalCoreCount": 8, "OsVersion": "Linux", "RuntimeVersion": ".NET 10.0.12" },
              "RunEnvironment": { "Topology": {{(topology is null ? "null" : JsonSerializer.Serialize(new { Description = topology }))}} }
            }
            """)!)!;

    [Fact]
    public void Two_layouts_that_differ_are_named_as_the_difference()
    {
        var one = Read("16 logical processors on 8 physical cores (2 threads per core: SMT), 1 socket, 1 NUMA node");
        var two = Read("16 logical processors on 8 physical cores (2 threads per core: SMT), 2 sockets, 2 NUMA nodes");

        Assert.Equal("topology '16 logical processors on 8 physical cores (2 threads per core: SMT), 1 socket, 1 NUMA node' against "
                     + "'16 logical processors on 8 physical cores (2 threads per core: SMT), 2 sockets, 2 NUMA nodes'", one.DifferenceFrom(two));
        Assert.Equal("Intel Xeon, 16 logical processors on 8 physical cores (2 threads per core: SMT), 1 socket, 1 NUMA node, Linux, .NET 10.0.12", one.ToString());
    }

    [Fact]
    public void A_report_without_a_layout_is_the_same_machine_as_one_with()
    {
        var older = Read(null);
        var newer = Read("16 logical processors on 8 physical cores (2 threads per core: SMT), 1 socket, 1 NUMA node");

        Assert.Null(older.Topology);
        Assert.Null(older.DifferenceFrom(newer));
        Assert.Single(new[] { older, newer }.Distinct());
        Assert.Equal("Intel Xeon, 16 logical and 8 physical cores, Linux, .NET 10.0.12", older.ToString());
    }
}
