using System.Diagnostics;

namespace ConcurrencyBenchmarks.Ab;

/// <summary>The few git commands a comparison of two commits needs, run in the repository.</summary>
public sealed class Git(string repository)
{
    public string Repository { get; } = repository;

    /// <summary>The commit a ref names, or null when it names none (a ref that looks like an option is only ever a ref).</summary>
    public string? Commit(string reference) =>
        Run(["rev-parse", "--verify", "--quiet", "--end-of-options", reference + "^{commit}"]) is (0, var sha) ? sha.Trim() : null;

    /// <summary>Whether the working tree has changes git would commit (untracked files included, ignored ones not).</summary>
    public bool IsDirty() => Run(["status", "--porcelain"]) is (0, var changes) && changes.Trim().Length > 0;

    public (int ExitCode, string Output) Run(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(Repository);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return (git.ExitCode, git.ExitCode == 0 ? output : error.Result);
    }
}
