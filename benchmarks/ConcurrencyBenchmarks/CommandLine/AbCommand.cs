using System.Diagnostics;
using System.Runtime.InteropServices;
using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Suite;

namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// <c>ab --base &lt;ref&gt; [--head &lt;ref&gt;]</c>: measures two commits on this machine. By default in pairs
/// (<see cref="PairedAb"/>): the two builds' cases invoked alternately, milliseconds apart, on the same CPUs, so the
/// host's drift cancels. With <c>--rounds N</c>, whole runs of the suite alternate (<see cref="RoundsAb"/>). The base
/// (and a head ref) is checked out into a git worktree in the temporary folder, built in Release and removed
/// afterwards, also on failure and on Ctrl+C. Exit 0, 1 (a run failed, or --fail-on-regression found a regression),
/// 2 (bad input), 130 (stopped).
/// </summary>
public static class AbCommand
{
    public const string Name = "ab";
    public const int Stopped = 130;

    public static readonly string BenchmarkProject = Path.Combine("benchmarks", "ConcurrencyBenchmarks", "ConcurrencyBenchmarks.csproj");

    private static volatile bool _stopped;

    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        if (AbOptions.Parse(args, output) is not { } options)
            return ExitCodes.Success;
        if (options.IsPaired)
            PairedAb.Validate(options);
        var root = RepositoryRoot.FindFromWorkingDirectory() ?? throw new UsageException("ab runs in a checkout of this repository: no ConcurrencyBenchmarks.sln above here");
        var git = new Git(root);
        var baseCommit = git.Commit(options.Base) ?? throw new UsageException($"--base '{options.Base}' names no commit in {root}");
        var headCommit = options.Head is null ? null : git.Commit(options.Head) ?? throw new UsageException($"--head '{options.Head}' names no commit in {root}");
        if (headCommit is not null && git.IsDirty())
            throw new UsageException($"the working tree has uncommitted changes, which --head '{options.Head}' would not measure: commit or stash them, or leave --head out to measure the working tree");

        var ab = Path.Combine(root, "BenchmarkDotNet.Artifacts", "ab");
        using var interrupt = Interrupts();
        var worktrees = new List<Worktree>();
        // Outside the repository (BDN finds the benchmark project by name under the repository's root, and would find
        // two), in a folder of this process's own that nobody else can have made or can write to.
        if (StaleWorktrees.Prune(git) is > 0 and var pruned)
            output.WriteLine($"// ab: removed {pruned} worktree{(pruned == 1 ? "" : "s")} an earlier ab left when it was killed");
        var trees = Directory.CreateTempSubdirectory(StaleWorktrees.Prefix).FullName;
        StaleWorktrees.Claim(trees);
        try
        {
            output.WriteLine($"// ab: worktrees in {trees}");
            var baseTree = Checkout(git, Path.Combine(trees, "base"), baseCommit, worktrees);
            var headTree = headCommit is null ? root : Checkout(git, Path.Combine(trees, "head"), headCommit, worktrees);
            var baseLabel = $"{Short(baseCommit)} ({options.Base})";
            var headLabel = headCommit is null ? $"the working tree ({Short(git.Commit("HEAD") ?? "?")} with its changes)" : $"{Short(headCommit)} ({options.Head})";
            output.WriteLine($"// ab: base {baseLabel}, head {headLabel}, "
                             + (options.IsPaired ? "paired" : $"{options.Rounds} round{(options.Rounds == 1 ? "" : "s")}") + $" of: {string.Join(' ', options.RunArguments)}");
            AbFault.At(AbFault.Worktrees);
            var folder = ComparisonFolders.Create(ab, options.IsPaired ? "paired" : "rounds");
            foreach (var (side, tree) in new[] { ("base", baseTree), ("head", headTree) })
                Build(side, tree, folder, output);
            var baseSide = new PairedAb.Side("base", baseLabel, baseCommit, baseTree);
            var headSide = new PairedAb.Side("head", headLabel, headCommit ?? "working tree", headTree);
            if (options.IsPaired && PairedAb.Run(options, baseSide, headSide, folder, output, () => _stopped) is { } exit)
                return exit;
            // The working tree's build carries the commit it was made on: the one its rounds must say they measured.
            var builtHead = headSide with { Commit = headCommit ?? git.Commit("HEAD") ?? "" };
            return RoundsAb.Run(options, folder, baseSide, builtHead, options.Rounds ?? AbOptions.DefaultRounds, output, () => _stopped);
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
            FolderRemoval.TryDelete(trees, Console.Error); // a warning at worst: the comparison above is kept either way
        }
    }

    private static string Checkout(Git git, string path, string commit, List<Worktree> worktrees)
    {
        var worktree = Worktree.Add(git, path, commit);
        worktrees.Add(worktree);
        return worktree.Path;
    }

    private static void Build(string side, string tree, string logs, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        var log = Path.Combine(logs, $"build-{side}.log");
        // Only the benchmark project and what it references, and no compiler or MSBuild server left running through the measurements.
        var exit = ChildProcess.Run("dotnet", ["build", "-c", "Release", "-nologo", "--disable-build-servers", "-p:UseSharedCompilation=false",
            Path.Combine(tree, BenchmarkProject)], tree, log);
        if (_stopped)
            throw new OperationCanceledException();
        if (exit != 0)
            throw new UsageException($"building the {side} failed (exit {exit}); see {log}");
        output.WriteLine($"// ab: {side} built in {AbClock.Format(clock.Elapsed)}");
    }

    /// <summary>Ctrl+C and SIGTERM stop the run under way and let the clean-up run.</summary>
    private static IDisposable Interrupts()
    {
        _stopped = false;
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            _stopped = true;
            ChildProcess.KillRunning(); // a build or a round; the paired driver stops between two pairs by itself
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

    private static string Short(string commit) => commit[..Math.Min(10, commit.Length)];
}
