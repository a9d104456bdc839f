using System.Text.Json.Nodes;
using ConcurrencyBenchmarks.Analysis.Record;
using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.RunRecords;

/// <summary>
/// One check of a report, as it is read, for every tool: raw values that are no times, and a report that contradicts
/// itself, are refused in one line by compare and history alike, and the history's store is left as it was.
/// </summary>
public sealed class ReportCheckTests : IDisposable
{
    private static readonly string RunA = Path.Combine(AppContext.BaseDirectory, "Comparison", "Data", "run-a");
    private readonly string _folder = Directory.CreateTempSubdirectory("cb-report-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Store => Path.Combine(_folder, "history");

    /// <summary>The real report with every case changed by <paramref name="damage"/>, its summary statistics left intact.</summary>
    private string Damaged(Action<JsonObject> damage) =>
        DamagedReport.Write(_folder, text =>
        {
            var report = JsonNode.Parse(text)!.AsObject();
            damage(report);
            return report.ToJsonString();
        });

    private static IEnumerable<JsonObject> Cases(JsonObject report) => report["Benchmarks"]!.AsArray().Select(b => b!.AsObject());

    /// <summary>Every raw value, in both places BDN keeps them (the measurements and the statistics' OriginalValues).</summary>
    private static void EveryRawValue(JsonObject report, JsonNode value)
    {
        foreach (var benchmark in Cases(report))
        {
            foreach (var measurement in benchmark["Measurements"]!.AsArray())
                measurement!["Nanoseconds"] = value.DeepClone();
            var values = benchmark["Statistics"]!["OriginalValues"]!.AsArray();
            for (var i = 0; i < values.Count; i++)
                values[i] = value.DeepClone();
        }
    }

    private void AssertRefusedByEveryTool(string folder, string expected)
    {
        var compare = Assert.Throws<UsageException>(() => CompareCommand.Run(["--base", RunA, "--diff", folder], new StringWriter()));
        var history = Assert.Throws<UsageException>(() => HistoryCommand.Run(["add", "--results", folder, "--to", Store, "--commit", "c1"], new StringWriter()));

        foreach (var refused in new[] { compare, history })
        {
            Assert.Contains(expected, refused.Message);
            Assert.DoesNotContain('\n', refused.Message);
        }
        Assert.False(Directory.Exists(Store) && Directory.EnumerateFileSystemEntries(Store).Any(), "the history's store was written");
    }

    [Theory]
    [InlineData("\"NaN\"", "NaN")]
    [InlineData("-10116349", "-10116349")]
    [InlineData("0", "0")]
    public void Raw_values_that_are_no_times_behind_an_intact_summary_are_refused_by_compare_and_history_alike(string json, string shown)
    {
        var folder = Damaged(report => EveryRawValue(report, JsonNode.Parse(json)!));

        AssertRefusedByEveryTool(folder, $"has a raw value that is not a time above zero: {shown}");
    }

    [Fact]
    public void A_median_outside_the_cases_own_raw_values_is_a_report_that_contradicts_itself()
    {
        var folder = Damaged(report =>
        {
            var statistics = Cases(report).First()["Statistics"]!;
            statistics["Median"] = statistics["Max"]!.GetValue<double>() * 3;
        });

        AssertRefusedByEveryTool(folder, "has a Median of");
        AssertRefusedByEveryTool(folder, "outside its raw values");
    }

    [Fact]
    public void More_values_counted_than_there_are_raw_values_is_refused()
    {
        var folder = Damaged(report => Cases(report).First()["Statistics"]!["N"] = 1000);

        AssertRefusedByEveryTool(folder, "counts 1000 values (N) but has");
    }

    [Fact]
    public void A_case_twice_in_one_report_is_refused()
    {
        var folder = Damaged(report => report["Benchmarks"]!.AsArray().Add(Cases(report).First().DeepClone()));

        AssertRefusedByEveryTool(folder, "is in '");
        AssertRefusedByEveryTool(folder, "twice: a report holds each case once");
    }

    [Fact]
    public void A_worker_count_in_scaling_that_its_parameters_do_not_say_is_refused()
    {
        var folder = Damaged(report =>
        {
            var first = Cases(report).First();
            report["Scaling"] = new JsonObject
            {
                [first["FullName"]!.GetValue<string>()] = new JsonObject { ["WorkersParameter"] = "Workers", ["Baseline"] = true, ["Workers"] = 4 },
            };
        });

        AssertRefusedByEveryTool(folder, "is recorded in scaling at 4 workers but its parameters say Workers=1");
    }

    [Fact]
    public void An_interleaved_visit_that_is_no_time_is_refused()
    {
        var folder = Damaged(report =>
        {
            var first = Cases(report).First();
            report["Interleaved"] = new JsonObject
            {
                ["Visits"] = 2,
                ["Cases"] = new JsonArray(new JsonObject
                {
                    ["FullName"] = first["FullName"]!.GetValue<string>(), ["Group"] = "G", ["Baseline"] = true,
                    ["Nanoseconds"] = new JsonArray(1e7, -1),
                }),
            };
        });

        AssertRefusedByEveryTool(folder, "has an interleaved visit that is not a time above zero: -1");
    }

    [Fact]
    public void The_real_report_undamaged_passes_the_check()
    {
        var file = Directory.GetFiles(RunA).Single();

        Assert.Equal(6, ReportFile.Read(file).Report.Benchmarks!.Count);
    }
}
