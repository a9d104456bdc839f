using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// <c>ab --base &lt;ref&gt; [--head &lt;ref&gt;]</c>: measures two commits on this machine, in alternating rounds (base,
/// head, then head, base, …), so both see the same hardware and the same drift, then compares them with
/// <see cref="CompareCommand"/>, round by round. The base (and a head ref) is checked out into a git worktree in the
/// temporary folder, built in Release and removed afterwards, also on failure and on Ctrl+C; every round's results
/// go to BenchmarkDotNet.Artifacts/ab/&lt;base|head&gt;/round-&lt;i&gt; and are kept. Exit 0, 1 (a run failed, or --fail-on-regression found a regression), 2 (bad input), 130 (stopped).
/// </summary>
public static class AbCommand
{
    public const string Name = "ab";
    public const int Stopped = 130;

    public const string Usage = "ab --base <git ref> [--head <git ref>] [--rounds 3] [--quick] [--threshold 5%] [--fail-on-regression] "
                                + "[--format markdown|console] [--output <file>] [any option of the suite's runs]";

    private static readonly string BenchmarkProject = Path.Combine("benchmarks", "ConcurrencyBenchmarks", "ConcurrencyBenchmarks.csproj");

    private static volatile bool _stopped;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = AbOptions.Parse(args);
        var root = RepositoryRoot.FindFromWorkingDirectory() ?? throw new UsageException("ab runs in a checkout of this repository: no ConcurrencyBenchmarks.sln above here");
        var git = new Git(root);
        var baseCommit = git.Commit(options.Base) ?? throw new UsageException($"--base '{options.Base}' names no commit in {root}");
        var headCommit = options.Head is null ? null : git.Commit(options.Head) ?? throw new UsageException($"--head '{options.Head}' names no commit in {root}");
        if (headCommit is not null && git.IsDirty())
            throw new UsageException($"the working tree has uncommitted changes, which --head '{options.Head}' would not measure: commit or stash them, or leave --head out to measure the working tree");

        var ab = Path.Combine(root, "BenchmarkDotNet.Artifacts", "ab");
        foreach (var side in new[] { "base", "head" })
            if (Directory.Exists(Path.Combine(ab, side)))
                Directory.Delete(Path.Combine(ab, side), recursive: true); // an earlier comparison's rounds
        using var interrupt = Interrupts();
        var worktrees = new List<Worktree>();
        try
        {
            // Outside the repository: BDN finds the benchmark project by name under the repository's root, and would find two.
            var trees = Path.Combine(Path.GetTempPath(), $"concurrencybenchmarks-ab-{Environment.ProcessId}");
            var baseTree = Checkout(git, Path.Combine(trees, "base"), baseCommit, worktrees);
            var headTree = headCommit is null ? root : Checkout(git, Path.Combine(trees, "head"), headCommit, worktrees);
            output.WriteLine($"// ab: base {Short(baseCommit)} ({options.Base}), head {(headCommit is null ? "the working tree" : $"{Short(headCommit)} ({options.Head})")}, "
                             + $"{options.Rounds} round{(options.Rounds == 1 ? "" : "s")} of: {string.Join(' ', options.RunArguments)}");
            foreach (var (side, tree) in new[] { ("base", baseTree), ("head", headTree) })
                Build(side, tree, ab, output);
            if (!RunRounds(options, ab, baseTree, headTree, output))
                return _stopped ? Stopped : ExitCodes.BenchmarkFailed;
            return CompareCommand.Run([.. options.CompareArguments, "--base", Path.Combine(ab, "base"), "--diff", Path.Combine(ab, "head")], output);
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("// ab: stopped while building; nothing was measured");
            return Stopped;
        }
        finally
        {
            foreach (var worktree in worktrees)
                worktree.Dispose();
            if (worktrees.Count > 0 && Path.GetDirectoryName(worktrees[0].Path) is { } trees && Directory.Exists(trees))
                Directory.Delete(trees, recursive: true);
        }
    }

    private static string Checkout(Git git, string path, string commit, List<Worktree> worktrees)
    {
        var worktree = Worktree.Add(git, path, commit);
        worktrees.Add(worktree);
        return worktree.Path;
    }

    private static void Build(string side, string tree, string ab, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var log = Path.Combine(ab, $"build-{side}.log");
        // The benchmark project and what it references (the worker among them): the tests are not needed to measure.
        var exit = ChildProcess.Run("dotnet", ["build", "-c", "Release", "-nologo", Path.Combine(tree, BenchmarkProject)], tree, log);
        if (_stopped)
            throw new OperationCanceledException();
        if (exit != 0)
            throw new UsageException($"building the {side} failed (exit {exit}); see {log}");
        output.WriteLine($"// ab: {side} built in {Elapsed(clock.Elapsed)}");
    }

    /// <summary>Runs the rounds, alternating which side goes first; returns whether every run succeeded.</summary>
    private static bool RunRounds(AbOptions options, string ab, string baseTree, string headTree, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var runs = options.Rounds * 2;
        var done = 0;
        for (var round = 1; round <= options.Rounds; round++)
        {
            var order = round % 2 == 1 ? new[] { ("base", baseTree), ("head", headTree) } : [("head", headTree), ("base", baseTree)];
            foreach (var (side, tree) in order)
            {
                var folder = Path.Combine(ab, side, $"round-{round}");
                var exit = _stopped ? -1 : ChildProcess.Run("dotnet",
                    ["run", "-c", "Release", "--no-build", "--project", Path.Combine(tree, BenchmarkProject), "--",
                        .. options.RunArguments, "--artifacts", folder],
                    tree, folder + ".log");
                if (_stopped)
                {
                    output.WriteLine($"// ab: stopped; {(done == 1 ? "the 1 finished run is" : $"the {done} finished runs are")} kept in {ab}");
                    return false;
                }
                if (exit == ExitCodes.BadArguments)
                    throw new UsageException($"the {side}'s run refused its arguments: {LastLine(folder + ".log")}");
                if (exit != 0)
                {
                    output.WriteLine($"// ab: the {side}'s run of round {round} failed (exit {exit}); see {folder}.log");
                    return false;
                }
                done++;
                var left = TimeSpan.FromTicks(clock.Elapsed.Ticks / done * (runs - done));
                output.WriteLine($"// ab: round {round} of {options.Rounds}, {side} done; elapsed {Elapsed(clock.Elapsed)}, about {Elapsed(left)} left");
            }
        }
        return true;
    }

    /// <summary>Ctrl+C and SIGTERM stop the run under way and let the clean-up run.</summary>
    private static IDisposable Interrupts()
    {
        _stopped = false;
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            _stopped = true;
            ChildProcess.KillRunning();
        }
        var registrations = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM }.Select(s => PosixSignalRegistration.Create(s, Stop)).ToArray();
        return new Registrations(registrations);
    }

    private sealed record Registrations(PosixSignalRegistration[] All) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in All)
                registration.Dispose();
        }
    }

    private static string LastLine(string log) =>
        File.Exists(log) ? File.ReadLines(log).LastOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "" : "";

    private static string Short(string commit) => commit[..Math.Min(10, commit.Length)];

    private static string Elapsed(TimeSpan time) =>
        time.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes}m {time.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0}s");
}
