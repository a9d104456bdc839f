using System.Diagnostics;
using System.Globalization;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// The worktrees of an earlier <c>ab</c> that was killed outright (no clean-up ran): each <c>ab</c> writes its process
/// id into its folder, and a folder whose process is gone is removed, with its worktrees, when the next <c>ab</c>
/// starts in the same repository.
/// </summary>
public static class StaleWorktrees
{
    public const string Prefix = "concurrencybenchmarks-ab-";
    private const string OwnerFile = "ab.pid";

    /// <summary>Marks <paramref name="folder"/> as this process's.</summary>
    public static void Claim(string folder) =>
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Removes the worktrees of <paramref name="git"/> left in folders whose <c>ab</c> is no longer running; returns how many.</summary>
    public static int Prune(Git git)
    {
        var (exit, list) = git.Run(["worktree", "list", "--porcelain"]);
        if (exit != 0)
            return 0;
        var stale = list.Split('\n').Where(l => l.StartsWith("worktree ", StringComparison.Ordinal)).Select(l => l["worktree ".Length..].Trim())
            .Where(path => Path.GetDirectoryName(path) is { } folder && Path.GetFileName(folder).StartsWith(Prefix, StringComparison.Ordinal) && Abandoned(folder))
            .ToArray();
        foreach (var path in stale)
            git.Run(["worktree", "remove", "--force", path]);
        foreach (var folder in stale.Select(Path.GetDirectoryName).Distinct())
            FolderRemoval.TryDelete(folder!, Console.Error);
        git.Run(["worktree", "prune"]);
        return stale.Length;
    }

    private static bool Abandoned(string folder)
    {
        var owner = Path.Combine(folder, OwnerFile);
        if (!File.Exists(owner) || !int.TryParse(File.ReadAllText(owner).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return Directory.Exists(folder); // a folder of ours without an owner: written before the owner file, or damaged
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }
}
