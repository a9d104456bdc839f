using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Environments;
using ConcurrencyBenchmarks.Analysis.Comparison;
using ConcurrencyBenchmarks.Analysis.Record;
using ConcurrencyBenchmarks.Suite;
using Perfolizer.Mathematics.QuantileEstimators;

namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// Keeps every raw measurement: one file per side in the shape of BDN's full JSON (<c>HostEnvironmentInfo</c>, and
/// per case <c>FullName</c>, <c>Type</c>, <c>Method</c>, <c>Parameters</c> and <c>Statistics.OriginalValues</c> with
/// the median and quartiles), so <c>compare</c> and <c>history add</c> read it as they read a run. Beside BDN's
/// fields, <c>Paired</c> records the commit and build measured and every pair in order: pass, slot, which side went
/// first, the CPUs and both sides' clock readings.
/// </summary>
public static class PairedResultsWriter
{
    public const string FileName = "paired-report-full.json";

    public static string Write(string folder, string side, string commit, string build, IReadOnlyList<CaseSeries> cases)
    {
        var isBase = side == "base";
        var benchmarks = new JsonArray();
        foreach (var series in cases.Where(c => c.Pairs.Count > 0))
        {
            var values = series.Pairs.Select(p => isBase ? p.BaseNanoseconds : p.HeadNanoseconds).ToArray();
            var quartiles = SimpleQuantileEstimator.Instance.Quantiles(values, [0.25, 0.5, 0.75]);
            var @case = isBase ? series.Base : series.Head;
            benchmarks.Add(new JsonObject
            {
                ["FullName"] = @case.Id,
                ["Namespace"] = @case.Namespace,
                ["Type"] = @case.Type,
                ["Method"] = @case.Method,
                ["Parameters"] = @case.Parameters,
                ["Statistics"] = new JsonObject
                {
                    ["OriginalValues"] = new JsonArray([.. values.Select(v => JsonValue.Create(v))]),
                    ["N"] = values.Length,
                    ["Min"] = values.Min(),
                    ["Q1"] = quartiles[0],
                    ["Median"] = quartiles[1],
                    ["Q3"] = quartiles[2],
                    ["Max"] = values.Max(),
                },
                ["Pairs"] = new JsonArray([.. series.Pairs.Select(p => (JsonNode)new JsonObject
                {
                    ["Pass"] = p.Pass, ["Slot"] = p.Slot, ["First"] = p.BaseFirst == isBase, ["Cpus"] = p.Cpus,
                    ["Nanoseconds"] = isBase ? p.BaseNanoseconds : p.HeadNanoseconds,
                    ["Start"] = isBase ? p.BaseStart : p.HeadStart, ["End"] = isBase ? p.BaseEnd : p.HeadEnd,
                })]),
            });
        }
        var report = new JsonObject
        {
            ["Title"] = $"ab paired {side} {commit}",
            ["HostEnvironmentInfo"] = Host(),
            ["RunEnvironment"] = Layout(),
            ["Paired"] = new JsonObject { ["Side"] = side, ["Commit"] = commit, ["Build"] = build },
            ["Benchmarks"] = benchmarks,
        };
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FileName);
        File.WriteAllText(file, report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return file;
    }

    /// <summary>The machine as BDN's full JSON describes it, so <see cref="MachineFingerprint"/> reads it the same.</summary>
    public static JsonObject Host()
    {
        var host = HostEnvironmentInfo.GetCurrent();
        var cpu = host.Cpu.Value;
        return new JsonObject
        {
            ["BenchmarkDotNetVersion"] = host.BenchmarkDotNetVersion,
            ["OsVersion"] = host.Os.Value.ToString(),
            ["ProcessorName"] = cpu.ProcessorName,
            ["PhysicalProcessorCount"] = cpu.PhysicalProcessorCount,
            ["PhysicalCoreCount"] = cpu.PhysicalCoreCount,
            ["LogicalCoreCount"] = cpu.LogicalCoreCount,
            ["RuntimeVersion"] = host.RuntimeVersion,
            ["Architecture"] = host.Architecture,
        };
    }

    /// <summary>The processors' layout where the OS gives it, as the suite's full JSON records it.</summary>
    public static JsonObject Layout() => new()
    {
        ["Topology"] = MachineProbe.Topology.Value is { } topology ? new JsonObject { ["Description"] = topology.Describe() } : null,
    };

    public static MachineFingerprint Machine() =>
        MachineFingerprint.From(new JsonObject { ["HostEnvironmentInfo"] = Host(), ["RunEnvironment"] = Layout() }.Deserialize<FullReport>()!)!;
}
