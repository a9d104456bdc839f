using System.Security.Cryptography;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>
/// Every command against bad inputs, run as a user runs them: each answers one line on standard error and exit 2, and
/// no results folder or history changes. The inputs are damaged copies of a real report, made in a sandbox.
/// </summary>
public sealed class BadInputSweepTests : IDisposable
{
    private readonly string _sandbox = Directory.CreateTempSubdirectory("cb-sweep-").FullName;

    public BadInputSweepTests()
    {
        var report = DamagedReport.Original;
        Folder("good", report);
        Folder("missing-raw", report.Replace("\"OriginalValues\":", "\"NotOriginalValues\":"));
        Folder("truncated", report[..(report.Length / 2)]);
        Folder("text", DamagedReport.WithFirstRawValue(report, "\"fast\""));
        Folder("nan", DamagedReport.WithFirstRawValue(report, "NaN"));
        Folder("negative", DamagedReport.WithFirstRawValue(report, "-10124276"));
        Folder("zero", DamagedReport.WithFirstRawValue(report, "0"));
        Folder("median-text", report.Replace("\"Median\":10113694", "\"Median\":\"fast\""));
        Folder("median-negative", report.Replace("\"Median\":10113694", "\"Median\":-10113694"));
        Folder("median-zero", report.Replace("\"Median\":10113694", "\"Median\":0"));
        Folder("huge-line", new string('x', 8_000_000));
        Folder("empty-file", "");
        Folder("not-a-report", "{\"Title\":\"x\"}");
        Folder("no-name", report.Replace("\"FullName\":", "\"NoFullName\":"));
        Directory.CreateDirectory(Path.Combine(_sandbox, "duplicated"));
        File.WriteAllText(Path.Combine(_sandbox, "duplicated", "a-report-full.json"), report);
        File.WriteAllText(Path.Combine(_sandbox, "duplicated", "b-report-full.json"), report);
        Directory.CreateDirectory(Path.Combine(_sandbox, "empty"));
        Directory.CreateDirectory(Path.Combine(_sandbox, "unreadable"));
        File.CreateSymbolicLink(Path.Combine(_sandbox, "unreadable", "x-report-full.json"), Path.Combine(_sandbox, "nowhere", "x"));
        foreach (var side in new[] { "base", "head" })
            Folder(Path.Combine("comparison", "paired-20261129-100000-1", side), report);
        File.WriteAllText(Path.Combine(_sandbox, "a-file"), "not a folder");
        var added = ProcessRunner.RunDotnet("ConcurrencyBenchmarks", ["history", "add", "--results", P("good"), "--to", P("store"), "--commit", "c1"]);
        Assert.True(added.ExitCode == 0, added.StandardError);
    }

    public void Dispose() => Directory.Delete(_sandbox, recursive: true);

    private string P(string name) => Path.Combine(_sandbox, name);

    private void Folder(string name, string report) => DamagedReport.Write(_sandbox, _ => report, name);

    /// <summary>Each bad input, by what it is: the arguments, with {name} standing for a path in the sandbox.</summary>
    public static TheoryData<string, string> Inputs => new()
    {
        { "compare: a side that does not exist", "compare --base {nothing} --diff {good}" },
        { "compare: an empty folder", "compare --base {empty} --diff {good}" },
        { "compare: a report cut short", "compare --base {truncated} --diff {good}" },
        { "compare: a raw value that is text", "compare --base {text} --diff {good}" },
        { "compare: a raw value NaN", "compare --base {good} --diff {nan}" },
        { "compare: a negative raw value", "compare --base {good} --diff {negative}" },
        { "compare: a raw value of zero", "compare --base {zero} --diff {good}" },
        { "compare: a report without raw values", "compare --base {missing-raw} --diff {good}" },
        { "compare: a huge line", "compare --base {huge-line} --diff {good}" },
        { "compare: an empty report", "compare --base {empty-file} --diff {good}" },
        { "compare: JSON that is no report", "compare --base {not-a-report} --diff {good}" },
        { "compare: a benchmark without a name", "compare --base {no-name} --diff {good}" },
        { "compare: an unreadable report", "compare --base {unreadable} --diff {good}" },
        { "compare: both sides of a comparison as one", "compare --base {comparison} --diff {good}" },
        { "compare: an option given twice", "compare --base {good} --base {good} --diff {good}" },
        { "compare: an unknown option", "compare --base {good} --diff {good} --bogus 1" },
        { "compare: --threshold= with nothing", "compare --base {good} --diff {good} --threshold=" },
        { "compare: a threshold that is text", "compare --base {good} --diff {good} --threshold=fast" },
        { "compare: a zero threshold", "compare --base {good} --diff {good} --threshold 0%" },
        { "compare: --top of zero", "compare --base {good} --diff {good} --top 0" },
        { "compare: an unknown format", "compare --base {good} --diff {good} --format xml" },
        { "compare: a folder where the output file goes", "compare --base {good} --diff {good} --output {empty}" },
        { "compare: no --diff", "compare --base {good}" },
        { "compare: a flag with a value", "compare --base {good} --diff {good} --full-id=yes" },
        { "history add: results that do not exist", "history add --results {nothing} --to {store} --commit c2" },
        { "history add: an empty folder", "history add --results {empty} --to {store} --commit c2" },
        { "history add: a report cut short", "history add --results {truncated} --to {store} --commit c2" },
        { "history add: a median that is text", "history add --results {median-text} --to {store} --commit c2" },
        { "history add: a negative median", "history add --results {median-negative} --to {store} --commit c2" },
        { "history add: a median of zero", "history add --results {median-zero} --to {store} --commit c2" },
        { "history add: one benchmark in two reports", "history add --results {duplicated} --to {store} --commit c2" },
        { "history add: a huge line", "history add --results {huge-line} --to {store} --commit c2" },
        { "history add: an unreadable report", "history add --results {unreadable} --to {store} --commit c2" },
        { "history add: the same run again", "history add --results {good} --to {store} --commit c1" },
        { "history add: a file where the history folder goes", "history add --results {good} --to {a-file} --commit c2" },
        { "history add: a date that is no date", "history add --results {good} --to {store} --commit c2 --date yesterday" },
        { "history add: --date= with nothing", "history add --results {good} --to {store} --commit c2 --date=" },
        { "history add: an option given twice", "history add --results {good} --results {good} --to {store} --commit c2" },
        { "history add: an unknown option", "history add --results {good} --to {store} --commit c2 --bogus" },
        { "history add: no --to", "history add --results {good} --commit c2" },
        { "history report: a history that does not exist", "history report --from {nothing} --output {page}" },
        { "history report: a file where the history goes", "history report --from {a-file} --output {page}" },
        { "history report: a file where the page folder goes", "history report --from {store} --output {a-file}" },
        { "history report: an unknown option", "history report --from {store} --output {page} --bogus 1" },
        { "history: a subcommand it does not have", "history simulate --shape {store}" },
        { "history report: --from= with nothing", "history report --from= --output {page}" },
        { "history: no subcommand", "history" },
        { "ab: no --base", "ab --head HEAD" },
        { "ab: a threshold that is no percentage", "ab --base HEAD --threshold=5x" },
        { "ab: too few pairs", "ab --base HEAD --max-pairs 3" },
        { "ab: rounds of zero", "ab --base HEAD --rounds=0" },
        { "run: zero workers", "--filter * --workers 0" },
        { "run: a sleep that is no duration", "--filter * --sleep=soon" },
        { "run: iterations past the counter", "--filter * --iterations 1e99" },
        { "run: visits that are text", "--filter * --visits=some" },
        { "tour: workers that are text", "tour --workers=many" },
        { "tour: an unknown option", "tour --bogus" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_bad_input_is_one_line_and_exit_2_and_changes_nothing(string input, string arguments)
    {
        var args = arguments.Split(' ').Select(a => a.StartsWith('{') ? P(a[1..a.IndexOf('}')]) + a[(a.IndexOf('}') + 1)..] : a).ToArray();
        var before = Fingerprint();

        var result = ProcessRunner.RunDotnet("ConcurrencyBenchmarks", args, _sandbox, TimeSpan.FromMinutes(2));

        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(result.ExitCode == 2 && lines.Length == 1 && lines[0].StartsWith("ConcurrencyBenchmarks: ", StringComparison.Ordinal),
            $"{input}: exit {result.ExitCode}, standard error:\n{result.StandardError}\nstandard output:\n{result.StandardOutput}");
        Assert.DoesNotContain("   at ", result.StandardError + result.StandardOutput); // no stack trace
        Assert.Equal(before, Fingerprint());
    }

    [Fact]
    public void The_sweep_covers_at_least_forty_inputs_across_every_command()
    {
        var inputs = Inputs.Select(row => (string)row[0]).ToArray();
        Assert.True(inputs.Length >= 40, $"{inputs.Length} inputs");
        foreach (var command in new[] { "compare", "history add", "history report", "history", "ab", "run", "tour" })
            Assert.Contains(inputs, i => i.StartsWith(command + ":", StringComparison.Ordinal));
    }

    /// <summary>Every file in the sandbox with a hash of its content: what no bad input may change.</summary>
    private string Fingerprint() =>
        string.Join('\n', Directory.EnumerateFileSystemEntries(_sandbox, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(path =>
            File.Exists(path) && new FileInfo(path).LinkTarget is null
                ? $"{Path.GetRelativePath(_sandbox, path)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))}"
                : Path.GetRelativePath(_sandbox, path)));
}
