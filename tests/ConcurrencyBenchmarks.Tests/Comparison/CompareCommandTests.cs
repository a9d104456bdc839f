using ConcurrencyBenchmarks.CommandLine;
using ConcurrencyBenchmarks.Simulations;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Comparison;

/// <summary>`compare` as a team runs it in CI: its output, its exit codes and its one-line errors.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private static readonly string RealRuns = Path.Combine(AppContext.BaseDirectory, "Comparison", "Data");
    private readonly string _folder = Directory.CreateTempSubdirectory("cb-compare-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int ExitCode, string Output) Compare(params string[] args)
    {
        var output = new StringWriter();
        var exit = CompareCommand.Run(args, output);
        return (exit, output.ToString());
    }

    /// <summary>A base and a diff of 40 synthetic benchmarks; the diff slows benchmarks 0-3 by 25% and speeds 4-5 up by 20%.</summary>
    private (string Base, string Diff) Synthetic()
    {
        var basePath = Path.Combine(_folder, "base", "x-report-full.json");
        var diffPath = Path.Combine(_folder, "diff", "nested", "x-report-full.json");
        Directory.CreateDirectory(Path.GetDirectoryName(basePath)!);
        Directory.CreateDirectory(Path.GetDirectoryName(diffPath)!);
        SyntheticResults.WriteFullJson(basePath, SyntheticResults.Generate(40, 15, seed: 21));
        SyntheticResults.WriteFullJson(diffPath, SyntheticResults.Generate(40, 15, seed: 22, shift: b => b < 4 ? 1.25 : b < 6 ? 0.8 : 1));
        return (Path.GetDirectoryName(basePath)!, Path.Combine(_folder, "diff"));
    }

    [Fact]
    public void Two_real_runs_of_the_suite_compare_and_a_run_equals_itself()
    {
        var (_, against) = Compare("--base", Path.Combine(RealRuns, "run-a"), "--diff", Path.Combine(RealRuns, "run-b"));
        var (_, itself) = Compare("--base", Path.Combine(RealRuns, "run-a"), "--diff", Path.Combine(RealRuns, "run-a"));

        // Two real runs of the unchanged OnlySleep half: sleeps land within a percent of each other, far inside 5%.
        Assert.StartsWith("faster: 0, slower: 0, same: 6, added: 0, removed: 0", against);
        Assert.StartsWith("faster: 0, slower: 0, same: 6, added: 0, removed: 0", itself);
        Assert.Contains("No benchmark got faster or slower beyond the 5% threshold", itself);
    }

    [Theory]
    [InlineData("\"NaN\"", "has a raw value that is not a time above zero")]
    [InlineData("\"fast\"", "is not a BenchmarkDotNet full report: Benchmarks[0].Statistics.OriginalValues[0] is not of the kind")]
    [InlineData("0", "has a raw value that is not a time above zero")]
    [InlineData("-10116349", "has a raw value that is not a time above zero")]
    [InlineData("1e400", "has a raw value that is not a time above zero")]
    public void A_raw_value_that_is_not_a_time_above_zero_is_refused_in_one_line(string damaged, string expected)
    {
        var folder = DamagedReport.Write(_folder, text => text.Replace("10116349,", damaged + ",").Replace("\"Median\":10113694", "\"Median\":" + damaged));

        var error = Assert.Throws<UsageException>(() => Compare("--base", Path.Combine(RealRuns, "run-a"), "--diff", folder));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    /// <summary>Run B's report as if it had run on another processor.</summary>
    private string OnAnotherMachine()
    {
        var folder = Path.Combine(_folder, "elsewhere");
        Directory.CreateDirectory(folder);
        var report = Path.Combine(RealRuns, "run-b", "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json");
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(report)),
            File.ReadAllText(report).Replace("\"ProcessorName\":\"AMD EPYC\"", "\"ProcessorName\":\"Intel Xeon Processor 2.10GHz\""));
        return folder;
    }

    [Fact]
    public void Results_of_two_machines_are_refused_in_one_line_unless_allowed_and_the_header_names_both()
    {
        var elsewhere = OnAnotherMachine();

        var refused = Assert.Throws<UsageException>(() => Compare("--base", Path.Combine(RealRuns, "run-a"), "--diff", elsewhere));
        var (exit, allowed) = Compare("--base", Path.Combine(RealRuns, "run-a"), "--diff", elsewhere, "--allow-different-machines");
        var (_, same) = Compare("--base", Path.Combine(RealRuns, "run-a"), "--diff", Path.Combine(RealRuns, "run-b"));

        Assert.StartsWith("the base and the diff ran on different machines (processor 'AMD EPYC' against 'Intel Xeon Processor 2.10GHz')", refused.Message);
        Assert.Contains("--allow-different-machines", refused.Message);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Equal(0, exit);
        string[] header =
        [
            "base machine: AMD EPYC, 2 logical and 2 physical cores, Linux Debian GNU/Linux 12 (bookworm), .NET 10.0.12",
            "diff machine: Intel Xeon Processor 2.10GHz, 2 logical and 2 physical cores", "**Cross-machine comparison**",
        ];
        Assert.All(header, line => Assert.Contains(line, allowed));
        Assert.Contains("base machine: AMD EPYC", same);
        Assert.DoesNotContain("Cross-machine", same);
    }

    [Fact]
    public void Each_folder_of_reports_is_a_round_and_the_output_says_how_steady_the_rounds_were()
    {
        string Rounds(string side, params string[] runs)
        {
            for (var i = 0; i < runs.Length; i++)
            {
                var round = Directory.CreateDirectory(Path.Combine(_folder, side, $"round-{i + 1}")).FullName;
                foreach (var file in Directory.GetFiles(Path.Combine(RealRuns, runs[i])))
                    File.Copy(file, Path.Combine(round, Path.GetFileName(file)));
            }
            return Path.Combine(_folder, side);
        }
        var @base = Rounds("base-rounds", "run-a", "run-b");
        var diff = Rounds("diff-rounds", "run-b", "run-a");

        var (exit, output) = Compare("--base", @base, "--diff", diff);

        Assert.Equal(0, exit);
        Assert.StartsWith("faster: 0, slower: 0, same: 6", output);
        Assert.Contains("rounds: every benchmark's rounds agree within 5%", output); // two sleep runs: steady
    }

    [Fact]
    public void A_folder_that_mixes_machines_is_refused_too()
    {
        var mixed = OnAnotherMachine();
        File.Copy(Path.Combine(RealRuns, "run-a", "ConcurrencyBenchmarks.OnlySleepBenchmarks-report-full.json"), Path.Combine(mixed, "a-report-full.json"));

        var refused = Assert.Throws<UsageException>(() => Compare("--base", mixed, "--diff", Path.Combine(RealRuns, "run-b")));

        Assert.StartsWith("--base holds results of 2 machines (processor", refused.Message);
    }

    [Fact]
    public void The_output_starts_with_the_summary_line_then_slower_and_faster_tables_sorted_by_ratio()
    {
        var (@base, diff) = Synthetic();

        var (exit, output) = Compare("--base", @base, "--diff", diff);

        Assert.Equal(0, exit);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("faster: 2, slower: 4, same: 34, added: 0, removed: 0", lines[0]);
        Assert.StartsWith("geometric mean of diff/base: faster 0.", lines[1]);
        var slower = Rows(lines, "### Slower (4)");
        var faster = Rows(lines, "### Faster (2)");
        Assert.Equal(4, slower.Length);
        Assert.Equal(2, faster.Length);
        Assert.Equal(slower.Select(Ratio).OrderDescending(), slower.Select(Ratio));
        Assert.Equal(faster.Select(Ratio).Order(), faster.Select(Ratio));
        Assert.All(slower, row => Assert.StartsWith("| Benchmarks.Case000", row)); // namespace shortened away
    }

    [Fact]
    public void Top_full_id_filter_and_console_format_shape_the_output()
    {
        var (@base, diff) = Synthetic();

        var (_, top) = Compare("--base", @base, "--diff", diff, "--top", "1", "--full-id");
        var (_, filtered) = Compare("--base", @base, "--diff", diff, "--filter", "*Case0000*", "--filter", "*Case0004*");
        var (_, console) = Compare("--base", @base, "--diff", diff, "--format", "console");

        Assert.Single(Rows(top.Split('\n').Select(l => l.TrimEnd('\r')).ToArray(), "### Slower (4)"));
        Assert.Contains("| Synthetic.Benchmarks.Case000", top);
        Assert.Contains("… and 3 more (--top 1).", top);
        Assert.StartsWith("faster: 1, slower: 1, same: 0, added: 0, removed: 0", filtered);
        Assert.Contains("Slower (4):", console);
        Assert.DoesNotContain("|", console);
    }

    [Fact]
    public void A_threshold_given_as_a_percentage_or_as_a_time_is_applied()
    {
        var (@base, diff) = Synthetic();

        var (_, defaults) = Compare("--base", @base, "--diff", diff);
        var (_, percent) = Compare("--base", @base, "--diff", diff, "--threshold", "5%");
        var (_, wide) = Compare("--base", @base, "--diff", diff, "--threshold", "50%");
        var (_, absolute) = Compare("--base", @base, "--diff", diff, "--threshold", "10s"); // above every benchmark's level

        Assert.Equal(defaults, percent);
        Assert.StartsWith("faster: 0, slower: 0, same: 40,", wide);
        Assert.StartsWith("faster: 0, slower: 0, same: 40,", absolute);
    }

    [Fact]
    public void Fail_on_regression_exits_1_when_anything_is_slower_and_output_goes_to_the_file()
    {
        var (@base, diff) = Synthetic();
        var file = Path.Combine(_folder, "comparison.md");

        var (failing, summary) = Compare("--base", @base, "--diff", diff, "--fail-on-regression", "--output", file);
        var (passing, _) = Compare("--base", @base, "--diff", @base, "--fail-on-regression");

        Assert.Equal(1, failing);
        Assert.Equal(0, passing);
        Assert.Equal("faster: 2, slower: 4, same: 34, added: 0, removed: 0", summary.Trim());
        Assert.StartsWith(summary.Trim(), File.ReadAllText(file));
        Assert.Contains("### Slower (4)", File.ReadAllText(file));
    }

    [Fact]
    public void Bad_input_is_a_one_line_usage_error()
    {
        var (@base, _) = Synthetic();
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        var malformed = Path.Combine(_folder, "bad-report-full.json");
        File.WriteAllText(malformed, "{ \"Benchmarks\": [ ");
        var brief = Path.Combine(_folder, "brief-report-full.json");
        File.WriteAllText(brief, """{ "Benchmarks": [ { "FullName": "A.B.C", "Statistics": { "Mean": 5 } } ] }""");

        Expect("does not exist", "--base", Path.Combine(_folder, "missing"), "--diff", @base);
        Expect("no *-report-full.json under --diff", "--base", @base, "--diff", empty);
        Expect("--exporters fulljson", "--base", @base, "--diff", empty);
        Expect("is not valid JSON", "--base", malformed, "--diff", @base);
        Expect("'A.B.C' in", "--base", brief, "--diff", @base);
        Expect("has no raw values (Statistics.OriginalValues)", "--base", brief, "--diff", @base);
        Expect("--threshold 'lots' is not a threshold", "--base", @base, "--diff", @base, "--threshold", "lots");
        Expect("--threshold '0%' is zero", "--base", @base, "--diff", @base, "--threshold", "0%");
        Expect("--threshold '-5%' is negative", "--base", @base, "--diff", @base, "--threshold", "-5%");
        Expect("--noise 'quiet' is not a time", "--base", @base, "--diff", @base, "--noise", "quiet");
        Expect("--top '0' is not valid", "--base", @base, "--diff", @base, "--top", "0");
        Expect("--format 'html' is not valid", "--base", @base, "--diff", @base, "--format", "html");
        Expect("Option '--diff' is required; usage: compare --base <dir|file> --diff <dir|file>", "--base", @base);
        Expect("Unrecognized command or argument '--colour'", "--base", @base, "--diff", @base, "--colour", "red");
        Expect("Option '--base' expects a single argument but 2 were provided", "--base", @base, "--base", @base, "--diff", @base);
    }

    [Fact]
    public void Help_lists_every_option_compare_declares_and_both_spellings_of_a_value_work()
    {
        var (exit, help) = Compare("--help");
        var (_, spaced) = Compare("--base", Path.Combine(RealRuns, "run-a"), "--diff", Path.Combine(RealRuns, "run-b"), "--threshold", "50%", "--format", "console");
        var (_, joined) = Compare("--base=" + Path.Combine(RealRuns, "run-a"), "--diff=" + Path.Combine(RealRuns, "run-b"), "--threshold=50%", "--format=console");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--base", "--diff", "--filter", "--threshold", "--noise", "--top", "--full-id", "--fail-on-regression", "--format", "--output", "--allow-different-machines" })
            Assert.Contains($"  {option} ", help);
        Assert.Equal(spaced, joined);
        Assert.StartsWith("faster: 0, slower: 0, same: 6", joined);
    }

    [Fact]
    public void The_program_exits_2_with_one_line_and_no_stack_trace()
    {
        var result = ProcessRunner.RunDotnet("ConcurrencyBenchmarks", ["compare", "--base", Path.Combine(_folder, "nowhere"), "--diff", _folder]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"ConcurrencyBenchmarks: --base '{Path.Combine(_folder, "nowhere")}' does not exist", result.StandardError.Trim());
    }

    private static void Expect(string message, params string[] args)
    {
        var e = Assert.Throws<UsageException>(() => Compare(args));
        Assert.Contains(message, e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    private static string[] Rows(string[] lines, string heading) =>
        lines.SkipWhile(l => l != heading).Skip(1).SkipWhile(l => l.Length == 0).Skip(2).TakeWhile(l => l.StartsWith('|')).ToArray();

    private static double Ratio(string row) => double.Parse(row.Split('|')[4].Trim(), System.Globalization.CultureInfo.InvariantCulture);
}
