using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConcurrencyBenchmarks.RunReporting.Charts;
using ConcurrencyBenchmarks.RunReporting.Columns;
using ConcurrencyBenchmarks.RunReporting.Exporters;
using ConcurrencyBenchmarks.RunReporting.Page;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>The scaling columns, the charts and the one-page report, on a tiny real run.</summary>
public class ReportingTests(TinyRun run) : IClassFixture<TinyRun>
{
    private static BenchmarkCase Case(Summary summary, string method, int workers) =>
        summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == method && (int)c.Parameters["Workers"] == workers);

    private static double MedianMs(Summary summary, BenchmarkCase c) => summary[c]!.ResultStatistics!.Median / 1e6;

    [Fact]
    public void Speedup_is_the_serial_median_over_the_cases_median()
    {
        var summary = run.Sleep;
        var threads = Case(summary, "Threads", 2);
        var expected = MedianMs(summary, Case(summary, "Serial", 2)) / MedianMs(summary, threads);

        Assert.Equal(expected.ToString("0.00", CultureInfo.InvariantCulture), SpeedupColumn.Default.GetValue(summary, threads));
        Assert.Equal("1.00", SpeedupColumn.Default.GetValue(summary, Case(summary, "Serial", 2)));
    }

    [Fact]
    public void Ideal_and_efficiency_hold_a_sleep_against_its_duration()
    {
        var summary = run.Sleep;
        var style = summary.Style.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
        var threads = Case(summary, "Threads", 2);

        Assert.Equal("4.0 ms", IdealColumn.Default.GetValue(summary, Case(summary, "Serial", 2), style)); // 2 x 2 ms
        Assert.Equal("2.0 ms", IdealColumn.Default.GetValue(summary, threads, style));                    // all overlap
        var efficiency = 2.0 / MedianMs(summary, threads) * 100;
        Assert.Equal(efficiency.ToString("0.0", CultureInfo.InvariantCulture) + "%", EfficiencyColumn.Default.GetValue(summary, threads));
    }

    [Fact]
    public void Without_Serial_in_the_run_the_columns_say_question_mark()
    {
        var summary = run.CrunchWithoutSerial;
        var threads = Case(summary, "Threads", 2);

        Assert.Equal("?", SpeedupColumn.Default.GetValue(summary, threads));
        Assert.Equal("?", IdealColumn.Default.GetValue(summary, threads));
        Assert.Equal("?", EfficiencyColumn.Default.GetValue(summary, threads));
        Assert.Contains("Speedup", summary.Table.FullHeader); // shown, with ?, rather than hidden or failing
    }

    [Fact]
    public void The_chart_exporter_writes_png_and_svg_with_one_series_per_strategy_and_the_ideal()
    {
        var baseName = Path.Combine(run.Sleep.ResultsDirectoryPath, typeof(TinySleepBenchmarks).FullName!);

        foreach (var chart in new[] { "-speedup", "-time" })
        {
            var png = new FileInfo(baseName + chart + ".png");
            Assert.True(png.Exists && png.Length > 1000, $"{png.Name} missing or empty");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png.FullName)[..4]);

            var svg = XDocument.Load(baseName + chart + ".svg");
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToArray();
            Assert.Contains("Serial", texts);
            Assert.Contains("Threads", texts);
            Assert.Contains(ScalingCharts.IdealLabel, texts);
            Assert.Contains(texts, t => t.Contains("workers"));
        }
    }

    [Fact]
    public void The_page_references_only_files_that_exist_and_nothing_online()
    {
        var path = IndexPage.Write([run.Sleep, run.CrunchWithoutSerial], run.Environment)!;
        var html = File.ReadAllText(path);

        var references = Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(references);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        foreach (var reference in references.Where(r => !r.StartsWith('#')))
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(reference))), $"missing: {reference}");
        Assert.Contains($"{typeof(TinySleepBenchmarks).FullName}-speedup.svg", references);
        Assert.Contains($"{typeof(TinySleepBenchmarks).FullName}-report.html", references);
        Assert.Equal(2, Regex.Matches(html, "<table>").Count);
        Assert.Contains("<th>Efficiency</th>", html);
        Assert.DoesNotContain("<th>StdDev</th>", html); // left out to fit the page; BDN's own reports keep it
    }

    [Fact]
    public void A_summary_of_two_jobs_has_each_groups_charts_and_the_page_shows_them_all()
    {
        var summary = run.SleepTwoJobs;
        var path = IndexPage.Write([summary], run.Environment)!;
        var html = File.ReadAllText(path);

        var images = Regex.Matches(html, "<img src=\"([^\"]+)\"").Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToArray();
        Assert.Equal(4, images.Length); // speed-up and time, for each job
        Assert.All(images, image => Assert.True(File.Exists(Path.Combine(summary.ResultsDirectoryPath, image)), $"missing: {image}"));
        Assert.Equal(2, images.Count(i => i.EndsWith("speedup.svg", StringComparison.Ordinal)));
        Assert.Contains("Second", html);
        // For the results-page check in CI, which opens it in Chromium.
        if (Environment.GetEnvironmentVariable("CONCURRENCY_TEST_PAGES") is { Length: > 0 } pages)
            CopyFolder(summary.ResultsDirectoryPath, Path.Combine(pages, "two-jobs"));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    [Fact]
    public void The_page_states_the_processors_the_capacity_and_findings_in_words()
    {
        var html = File.ReadAllText(IndexPage.Write([run.Sleep, run.CrunchWithoutSerial], run.Environment)!);

        Assert.Contains($"Processors this run could use (C, for the ideal): {Environment.ProcessorCount}.", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(run.Environment.Capacity!.Describe()), html);
        if (run.Environment.Topology is { } topology) // read from /sys where there is one
            Assert.Contains($"Topology: {topology.LogicalProcessors} logical processor", html);
        Assert.Matches("<ul class=\"findings\"><li>At 2 workers, Threads comes closest to the physical limit: [0-9.]+% of the ideal", html);
        Assert.Contains("Noise: the middle half of a case", html);
    }

    [Fact]
    public void The_full_json_records_the_processors_and_the_capacity()
    {
        var json = Path.Combine(run.CrunchWithoutSerial.ResultsDirectoryPath, $"{typeof(TinyCrunchBenchmarks).FullName}-report-full.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));

        var environment = document.RootElement.GetProperty(FullJsonExporter.EnvironmentKey);
        Assert.Equal(Environment.ProcessorCount, environment.GetProperty("Processors").GetInt32());
        var steps = environment.GetProperty("Capacity").EnumerateArray().ToArray();
        Assert.Equal(run.Environment.Capacity!.Steps.Count, steps.Length);
        Assert.Equal(1, steps[0].GetProperty("Threads").GetInt32());
        Assert.Equal(1.0, steps[0].GetProperty("TotalSpeedup").GetDouble(), 9);
        Assert.Equal(run.Environment.Capacity.AtAllProcessors!.EqualShareSpeedup, steps[^1].GetProperty("EqualShareSpeedup").GetDouble(), 6);
        Assert.True(document.RootElement.GetProperty("Benchmarks").GetArrayLength() > 0); // BDN's own content is still there
    }

    [RequiresSysFact]
    public void The_full_json_records_the_topology_and_the_machine_fingerprint_reads_it()
    {
        var topology = run.Environment.Topology!;
        var json = Path.Combine(run.CrunchWithoutSerial.ResultsDirectoryPath, $"{typeof(TinyCrunchBenchmarks).FullName}-report-full.json");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));

        var recorded = document.RootElement.GetProperty(FullJsonExporter.EnvironmentKey).GetProperty(FullJsonExporter.TopologyKey);
        Assert.Equal(topology.LogicalProcessors, recorded.GetProperty("LogicalProcessors").GetInt32());
        Assert.Equal(topology.PhysicalCores, recorded.GetProperty("PhysicalCores").GetInt32());
        Assert.Equal(topology.ThreadsPerCore, recorded.GetProperty("ThreadsPerCore").GetInt32());
        Assert.Equal(topology.NumaNodes, recorded.GetProperty("NumaNodes").GetInt32());
        var machine = ConcurrencyBenchmarks.Analysis.Comparison.MachineFingerprint.From(ConcurrencyBenchmarks.Analysis.Record.ReportFile.Read(json).Report)!;
        Assert.Equal(topology.Describe(), machine.Topology);
        Assert.Contains(topology.Describe(), machine.ToString());
    }

    [Fact]
    public void The_full_json_records_each_cases_efficiency_and_the_history_reads_it_beside_the_speedup_from_the_medians()
    {
        var json = Path.Combine(run.Sleep.ResultsDirectoryPath, $"{typeof(TinySleepBenchmarks).FullName}-report-full.json");
        var cases = SummaryCases.Of(run.Sleep, run.Environment);

        var (kept, _) = ConcurrencyBenchmarks.Analysis.History.RunReader.Read(json, "c1", DateTimeOffset.UtcNow);

        Assert.Equal(cases.Count, kept.Benchmarks.Count);
        foreach (var (benchmark, result) in cases)
        {
            var history = kept.Benchmarks.Single(b => b.Method == result.Strategy && b.Parameters.EndsWith($"Workers={result.Workers}"));
            Assert.Equal(ScalingMath.Efficiency(result, cases.Values), history.Efficiency);
            Assert.Equal(ScalingMath.Speedup(result, cases.Values)!.Value, history.Speedup!.Value, 9);
        }
    }

    [Fact]
    public void Counting_shows_its_speedup_against_the_capacity_and_the_chart_draws_the_capacity_line()
    {
        var summary = run.CrunchWithoutSerial;
        Assert.Equal("?", new CapacityColumn(run.Environment).GetValue(summary, Case(summary, "Threads", 2))); // no Serial, no speed-up
        var svg = XDocument.Load(Path.Combine(summary.ResultsDirectoryPath, $"{typeof(TinyCrunchBenchmarks).FullName}-speedup.svg"));
        Assert.Contains(ScalingCharts.CapacityLabel, svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
    }
}
