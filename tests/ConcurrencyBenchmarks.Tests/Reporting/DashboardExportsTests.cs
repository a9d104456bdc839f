using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Exporters;
using ConcurrencyBenchmarks.RunReporting.Dashboards;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// The dashboards' files of a real tiny run: every case once, by its full ID with every parameter, a value per
/// measure, in the shape each tool reads (Bencher's BMF, github-action-benchmark's custom JSON), read back by a parser.
/// </summary>
public class DashboardExportsTests(TinyRun run) : IClassFixture<TinyRun>
{
    private IReadOnlyList<string> Written() => DashboardExports.Write([run.Sleep, run.CrunchWithoutSerial], run.Environment);

    private string[] Ids => [.. new[] { run.Sleep, run.CrunchWithoutSerial }.SelectMany(s => s.Reports).Select(r => FullNameProvider.GetBenchmarkName(r.BenchmarkCase))];

    [Fact]
    public void Bencher_gets_every_case_once_by_its_full_id_with_latency_bounded_by_the_quartiles()
    {
        var bmf = JsonNode.Parse(File.ReadAllText(Written().Single(f => f.EndsWith(BencherFormat.FileName, StringComparison.Ordinal))))!.AsObject();

        Assert.Equal(Ids.Order(), bmf.Select(b => b.Key).Order());
        Assert.Equal(Ids.Length, Ids.Distinct().Count()); // parameterized cases stay apart: the parameters are in the ID
        Assert.Contains(bmf, b => b.Key.Contains("Workers: 2", StringComparison.Ordinal));
        foreach (var (name, measures) in bmf)
        {
            var latency = measures!["latency"]!;
            var (value, lower, upper) = ((double)latency["value"]!, (double)latency["lower_value"]!, (double)latency["upper_value"]!);
            Assert.True(lower <= value && value <= upper && lower > 0, $"{name}: {lower} ≤ {value} ≤ {upper}");
            foreach (var (measure, node) in measures.AsObject())
                Assert.True(node!["value"]!.GetValueKind() == JsonValueKind.Number, $"{name} {measure} has no numeric value");
        }
        // The sleeps have Serial: speed-up and efficiency; the counting cases without Serial have neither.
        Assert.All(bmf.Where(b => b.Key.Contains("TinySleepBenchmarks", StringComparison.Ordinal)), b => Assert.NotNull(b.Value!["speedup"]));
        Assert.All(bmf.Where(b => b.Key.Contains("TinyCrunchBenchmarks", StringComparison.Ordinal)), b => Assert.Null(b.Value!["speedup"]));
    }

    [Fact]
    public void Benchmark_action_gets_times_smaller_is_better_and_scaling_bigger_is_better_each_name_once()
    {
        var written = Written();
        var times = Entries(written.Single(f => f.EndsWith(BenchmarkActionFormat.TimesFileName, StringComparison.Ordinal)));
        var scaling = Entries(written.Single(f => f.EndsWith(BenchmarkActionFormat.ScalingFileName, StringComparison.Ordinal)));

        Assert.Equal(Ids.Order(), times.Select(t => t.Name).Order());
        Assert.All(times, t => Assert.Equal("ns", t.Unit));
        Assert.Equal(scaling.Length, scaling.Select(s => s.Name).Distinct().Count());
        var sleeps = Ids.Where(id => id.Contains("TinySleepBenchmarks", StringComparison.Ordinal)).ToArray();
        Assert.Equal(sleeps.Select(id => $"{id} speed-up").Concat(sleeps.Select(id => $"{id} efficiency")).Order(), scaling.Select(s => s.Name).Order());
        Assert.All(scaling, s => Assert.True(s.Value > 0));
    }

    /// <summary>github-action-benchmark's shape: a list of objects with a string name and unit and a number value.</summary>
    private static (string Name, string Unit, double Value)[] Entries(string file) =>
        [.. JsonNode.Parse(File.ReadAllText(file))!.AsArray().Select(e =>
            ((string)e!["name"]!, (string)e["unit"]!, e["value"]!.GetValueKind() == JsonValueKind.Number ? (double)e["value"]! : double.NaN))];
}
