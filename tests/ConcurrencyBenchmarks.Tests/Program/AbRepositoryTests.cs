using System.Diagnostics;
using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>
/// A throwaway clone of this repository with two commits: its HEAD, and on top of it a commit whose Threads
/// benchmark sleeps 20 ms more. `ab` runs in the clone as a team would run it in theirs.
/// </summary>
public sealed class SlowedClone : IDisposable
{
    public const string Slowed = "public void Threads() { ThreadsStrategy.Instance.Run(Workers, _worker); System.Threading.Thread.Sleep(20); }";
    private const string Original = "public void Threads() => ThreadsStrategy.Instance.Run(Workers, _worker);";

    public string Folder { get; } = Directory.CreateTempSubdirectory("cb-ab-repo-").FullName;

    public string Repository => Path.Combine(Folder, "repo");

    public SlowedClone()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ConcurrencyBenchmarks.sln")))
            root = root.Parent ?? throw new InvalidOperationException("the tests run outside the repository");
        Git(Folder, "clone", "-q", "--no-local", root.FullName, Repository);
        var benchmarks = Path.Combine(Repository, "src", "ConcurrencyBenchmarks.Scaling", "ScalingBenchmarks.cs");
        var code = File.ReadAllText(benchmarks);
        if (!code.Contains(Original))
            throw new InvalidOperationException($"ScalingBenchmarks.cs no longer has '{Original}': update the slowed commit of this test");
        File.WriteAllText(benchmarks, code.Replace(Original, Slowed));
        Git(Repository, "-c", "user.name=ab test", "-c", "user.email=ab@test", "commit", "-q", "-am", "Threads sleeps 20 ms more");
    }

    public static string Git(string directory, params string[] args)
    {
        var result = ProcessRunner.Run("git", ["-C", directory, .. args]);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"git {string.Join(' ', args)}: {result.StandardError}");
        return result.StandardOutput;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

/// <summary>
/// `ab`'s builds and runs load the whole machine for minutes: these tests run alone, after the others, so that no test
/// that reads the machine's load (the interference diagnoser's, the capacity probe's) sees them.
/// </summary>
[CollectionDefinition(nameof(WholeMachine), DisableParallelization = true)]
public sealed class WholeMachine;

/// <summary>`ab` end to end in a clone: paired and in alternating rounds it finds the slowed commit, removes its
/// worktrees, keeps its results, and stops cleanly on Ctrl+C.</summary>
[Collection(nameof(WholeMachine))]
public sealed class AbRepositoryTests(SlowedClone clone) : NoLeftoverProcesses, IClassFixture<SlowedClone>
{
    // One tiny, exact case per side and round: sleeps of 20 ms, in process (no generated project to build per run).
    // Three rounds, the default: with two, one side's rounds agreeing and the other's 8% apart left the rounds' test
    // with one degree of freedom, and it called a doubling "same" (docs/compare.md, "Rounds").
    private static readonly string[] Tiny =
        ["ab", "--base", "HEAD~1", "--head", "HEAD", "--rounds", "3", "--filter", "*OnlySleepBenchmarks.Serial*", "*OnlySleepBenchmarks.Threads*",
         "--workers", "1", "--sleep", "20ms", "--inProcess"];

    // The same two cases, paired (ab's default).
    private static readonly string[] TinyPaired =
        ["ab", "--base", "HEAD~1", "--head", "HEAD", "--filter", "*OnlySleepBenchmarks.Serial*", "*OnlySleepBenchmarks.Threads*",
         "--workers", "1", "--sleep", "20ms", "--max-pairs", "24"];

    private string Ab => Path.Combine(clone.Repository, "BenchmarkDotNet.Artifacts", "ab");

    /// <summary>Where ab checked its commits out, as it said: its own folder in the temporary folder.</summary>
    private static string Worktrees(IEnumerable<string> output) =>
        output.Single(l => l.StartsWith("// ab: worktrees in ", StringComparison.Ordinal))["// ab: worktrees in ".Length..].Trim();

    private static string Worktrees(string output) => Worktrees(output.Split('\n'));

    /// <summary>Starts the suite's program in the clone, with no build servers left behind to look like leaks.</summary>
    private ProcessStartInfo Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = clone.Repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // The sizes other tests of this process set (they travel through the environment) must not reach ab's runs.
        foreach (var variable in start.Environment.Keys.Where(k => k.StartsWith("CONCURRENCY_", StringComparison.Ordinal)).ToArray())
            start.Environment.Remove(variable);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        return start;
    }

    /// <summary>Runs ab to its end and checks it found a regression (exit 1); returns what it printed.</summary>
    private async Task<string> FindsARegression(string[] args)
    {
        using var ab = Process.Start(Start(args))!;
        ab.StandardInput.Close();
        var error = ab.StandardError.ReadToEndAsync();
        var output = await ab.StandardOutput.ReadToEndAsync();
        Assert.True(ab.WaitForExit(TimeSpan.FromMinutes(8)), "ab did not finish");
        Assert.True(ab.ExitCode == 1, $"expected exit 1 (a regression), got {ab.ExitCode}:\n{output}\n{await error}");
        return output;
    }

    [Fact]
    public async Task Ab_alternates_the_rounds_finds_the_slowed_commit_and_removes_its_worktrees()
    {
        var output = await FindsARegression([.. Tiny, "--fail-on-regression", "--format", "console"]);
        var rounds = output.Split('\n').Where(l => l.StartsWith("// ab: round ", StringComparison.Ordinal)).Select(l => l[13..l.IndexOf(';')]).ToArray();
        Assert.Equal(["1 of 3, base done", "1 of 3, head done", "2 of 3, head done", "2 of 3, base done", "3 of 3, base done", "3 of 3, head done"], rounds);
        Assert.Contains("slower: 1, same: 1", output);
        Assert.Matches(@"OnlySleepBenchmarks\.Threads\(Sleep: ""20ms"", Workers: 1\)", output);
        var kept = output.Split('\n').Single(l => l.StartsWith("// ab: every round is kept in ", StringComparison.Ordinal))["// ab: every round is kept in ".Length..].Trim();
        Assert.StartsWith(Path.Combine(Ab, "rounds-"), kept); // a folder of this comparison's own
        foreach (var (side, commit) in new[] { ("base", "HEAD~1"), ("head", "HEAD") })
            foreach (var round in new[] { "round-1", "round-2", "round-3" })
            {
                var reports = Directory.GetFiles(Path.Combine(kept, side, round), "*-report-full.json", SearchOption.AllDirectories);
                Assert.NotEmpty(reports);
                // Each round's results name the build they measured: the side's own commit.
                Assert.All(reports, r => Assert.Matches($"\"Commit\":\\s*\"{SlowedClone.Git(clone.Repository, "rev-parse", commit).Trim()}\"", File.ReadAllText(r)));
            }
        Assert.False(Directory.Exists(Worktrees(output)), "the worktrees' folder is still there");
        Assert.Single(SlowedClone.Git(clone.Repository, "worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree "));
    }

    [Fact]
    public async Task Paired_ab_finds_the_slowed_strategy_and_nothing_else_and_keeps_both_sides_raw_pairs()
    {
        var output = await FindsARegression([.. TinyPaired, "--fail-on-regression", "--format", "console"]);
        Assert.StartsWith("faster: 0, slower: 1, same: 1, unsure: 0", output.Split('\n').First(l => l.StartsWith("faster:", StringComparison.Ordinal)));
        Assert.Matches(@"OnlySleepBenchmarks\.Threads\(Sleep: ""20ms"", Workers: 1\) .* Slower", output);
        Assert.Contains("speed-ups over Serial: lost: 1", output);
        var pairs = output.Split('\n').Single(l => l.StartsWith("// ab: every pair is kept in ", StringComparison.Ordinal))["// ab: every pair is kept in ".Length..].Trim();
        foreach (var (side, commit) in new[] { ("base", "HEAD~1"), ("head", "HEAD") })
        {
            var raw = File.ReadAllText(Path.Combine(pairs, side, "paired-report-full.json"));
            Assert.Contains(SlowedClone.Git(clone.Repository, "rev-parse", commit).Trim(), raw); // the commit it measured
            Assert.Contains("\"OriginalValues\"", raw);
        }
        Assert.False(Directory.Exists(Worktrees(output)), "the worktrees' folder is still there");
        Assert.Single(SlowedClone.Git(clone.Repository, "worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree "));
    }

    [RequiresSignalsFact]
    public async Task Ctrl_C_stops_every_process_removes_the_worktrees_and_keeps_the_pairs_measured()
    {
        // Sleeps of 200 ms instead of 20 (an option is given once): the pairs then take half a minute, so Ctrl+C lands while they are measured.
        using var ab = Process.Start(Start([.. TinyPaired[..^4], "--sleep", "200ms", .. TinyPaired[^2..]]))!;
        ab.StandardInput.Close();
        var error = ab.StandardError.ReadToEndAsync();
        var output = new List<string>();
        while (await ab.StandardOutput.ReadLineAsync() is { } line)
        {
            output.Add(line);
            if (line.StartsWith("// ab: paired, ", StringComparison.Ordinal))
                // SIGTERM, which ab handles as it handles Ctrl+C's SIGINT: a process started by the test host can
                // inherit SIGINT ignored (seen in full runs, never alone), and then no handler of its runs.
                Signals.Terminate(ab.Id);
        }
        Assert.True(ab.WaitForExit(TimeSpan.FromMinutes(8)), "ab did not stop");

        Assert.True(ab.ExitCode == 130, $"expected exit 130, got {ab.ExitCode}:\n{string.Join('\n', output)}\n{await error}");
        Assert.Contains(output, l => l.StartsWith("// ab: stopped; the pairs measured so far are kept in", StringComparison.Ordinal));
        var kept = output.Single(l => l.StartsWith("// ab: stopped; the pairs measured so far are kept in ", StringComparison.Ordinal))["// ab: stopped; the pairs measured so far are kept in ".Length..];
        Assert.True(File.Exists(Path.Combine(kept, "head", "paired-report-full.json")));
        Assert.False(Directory.Exists(Worktrees(output)), "the worktrees' folder is still there");
        Assert.Single(SlowedClone.Git(clone.Repository, "worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree "));
        Assert.Empty(ProcessesIn(clone.Repository).Concat(ProcessesIn(Worktrees(output))));
    }

    [Theory]
    [InlineData(AbFault.Worktrees)]
    [InlineData(AbFault.Pairs)]
    public async Task An_unexpected_exception_is_one_line_and_leaves_no_worktree_and_no_process(string stage)
    {
        var start = Start(TinyPaired);
        start.Environment[AbFault.Variable] = stage;
        using var ab = Process.Start(start)!;
        ab.StandardInput.Close();
        var error = ab.StandardError.ReadToEndAsync();
        var output = await ab.StandardOutput.ReadToEndAsync();
        Assert.True(ab.WaitForExit(TimeSpan.FromMinutes(8)), "ab did not finish");

        Assert.True(ab.ExitCode == 1, $"expected exit 1, got {ab.ExitCode}:\n{output}\n{await error}");
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"a fault injected at '{stage}'", line);
        if (stage == AbFault.Pairs)
            Assert.Contains("// ab: base built", output); // the fault came with both runners running
        Assert.False(Directory.Exists(Worktrees(output)), "the worktrees' folder is still there");
        Assert.Single(SlowedClone.Git(clone.Repository, "worktree", "list", "--porcelain").Split('\n'), l => l.StartsWith("worktree "));
        Assert.Empty(ProcessesIn(clone.Repository).Concat(ProcessesIn(Worktrees(output))));
    }

    [Fact]
    public void A_head_ref_with_uncommitted_changes_in_the_tree_is_refused_in_one_line()
    {
        var readme = Path.Combine(clone.Repository, "README.md");
        var text = File.ReadAllText(readme);
        File.AppendAllText(readme, "\nan uncommitted line\n");
        try
        {
            var result = ProcessRunner.RunDotnet("ConcurrencyBenchmarks", ["ab", "--base", "HEAD~1", "--head", "HEAD"], clone.Repository);

            Assert.Equal(2, result.ExitCode);
            var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("the working tree has uncommitted changes, which --head 'HEAD' would not measure", line);
        }
        finally
        {
            File.WriteAllText(readme, text);
        }
    }

    /// <summary>
    /// Processes whose command line names <paramref name="path"/>: what a stopped ab must not leave running. Where the
    /// OS gives no command lines (Windows lists executables only) none are found, and the worktrees' removal is what shows they ended.
    /// </summary>
    private static string[] ProcessesIn(string path) =>
        (ProcessTable.Read() ?? []).Select(row => row.Command)
            .Where(c => c.Contains(path, StringComparison.Ordinal) && !c.Contains("git ", StringComparison.Ordinal)).ToArray();
}
