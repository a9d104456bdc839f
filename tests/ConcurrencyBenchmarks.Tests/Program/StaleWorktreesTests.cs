using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Program;

/// <summary>The worktrees an `ab` killed outright left behind are removed by the next one; a running one's are kept.</summary>
public sealed class StaleWorktreesTests : IDisposable
{
    private readonly string _repository = Directory.CreateTempSubdirectory("cb-stale-repo-").FullName;
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        foreach (var folder in _folders.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
        Directory.Delete(_repository, recursive: true);
    }

    private void Git(params string[] args)
    {
        var result = ProcessRunner.Run("git", ["-C", _repository, "-c", "user.name=t", "-c", "user.email=t@t", .. args]);
        Assert.True(result.ExitCode == 0, result.StandardError);
    }

    /// <summary>The id of a process that has exited: git's, asked its version.</summary>
    private static int ExitedProcessId()
    {
        using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["--version"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return git.Id;
    }

    /// <summary>A folder as ab makes it, owned by <paramref name="pid"/>, with a worktree of the repository in it.</summary>
    private string AbFolder(int pid)
    {
        var folder = Directory.CreateTempSubdirectory(StaleWorktrees.Prefix).FullName;
        _folders.Add(folder);
        File.WriteAllText(Path.Combine(folder, "ab.pid"), pid.ToString());
        Git("worktree", "add", "--detach", Path.Combine(folder, "base"), "HEAD");
        return folder;
    }

    [Fact]
    public void A_dead_abs_worktrees_are_removed_and_a_live_ones_kept()
    {
        Git("init", "-q");
        Git("commit", "-q", "--allow-empty", "-m", "one");
        var dead = AbFolder(ExitedProcessId());
        var live = AbFolder(Environment.ProcessId);

        var removed = StaleWorktrees.Prune(new Git(_repository));

        Assert.Equal(1, removed);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(Path.Combine(live, "base")));
        var listed = ProcessRunner.Run("git", ["-C", _repository, "worktree", "list", "--porcelain"]).StandardOutput;
        Assert.DoesNotContain(dead, listed);
        Assert.Contains(live, listed);
    }
}
