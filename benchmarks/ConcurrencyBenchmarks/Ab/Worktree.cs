namespace ConcurrencyBenchmarks.Ab;

/// <summary>A commit checked out beside the repository (<c>git worktree add --detach</c>), removed again on dispose.</summary>
public sealed class Worktree : IDisposable
{
    private readonly Git _git;

    private Worktree(Git git, string path)
    {
        _git = git;
        Path = path;
    }

    public string Path { get; }

    public static Worktree Add(Git git, string path, string commit)
    {
        if (Directory.Exists(path))
            git.Run(["worktree", "remove", "--force", path]); // left by a comparison that was killed outright
        git.Run(["worktree", "prune"]);
        var (exit, output) = git.Run(["worktree", "add", "--detach", "--force", path, commit]);
        return exit == 0 ? new Worktree(git, path) : throw new InvalidOperationException($"git worktree add failed: {output.Trim()}");
    }

    public void Dispose()
    {
        _git.Run(["worktree", "remove", "--force", Path]);
        _git.Run(["worktree", "prune"]);
        FolderRemoval.TryDelete(Path, Console.Error);
    }
}
