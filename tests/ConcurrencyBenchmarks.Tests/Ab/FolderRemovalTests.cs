using ConcurrencyBenchmarks.Ab;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Ab;

/// <summary>ab's clean-up of its worktrees: files still open for a moment are waited out, files that stay open give a warning, never an error.</summary>
public class FolderRemovalTests
{
    [Fact]
    public void A_folder_whose_files_are_briefly_held_is_removed_on_a_later_try()
    {
        using var folder = new TemporaryFolder("cb-held-");
        var tries = 0;

        var removed = FolderRemoval.TryDelete(folder.Path, TextWriter.Null, path =>
        {
            if (++tries < 3)
                throw new IOException("The process cannot access the file because it is being used by another process.");
            Directory.Delete(path, recursive: true);
        }, TimeSpan.Zero);

        Assert.True(removed);
        Assert.Equal(3, tries);
        Assert.False(Directory.Exists(folder.Path));
    }

    [Fact]
    public void A_folder_that_stays_held_gives_one_warning_and_is_left()
    {
        using var folder = new TemporaryFolder("cb-held-");
        var warnings = new StringWriter();
        var tries = 0;

        var removed = FolderRemoval.TryDelete(folder.Path, warnings, _ =>
        {
            tries++;
            throw new UnauthorizedAccessException("Access to the path is denied.");
        }, TimeSpan.Zero);

        Assert.False(removed);
        Assert.Equal(FolderRemoval.Attempts, tries);
        var line = Assert.Single(warnings.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"could not remove {folder.Path} (Access to the path is denied.)", line);
        Assert.True(Directory.Exists(folder.Path));
    }

    [Fact]
    public void A_folder_already_gone_is_nothing_to_do() =>
        Assert.True(FolderRemoval.TryDelete(Path.Combine(Path.GetTempPath(), "cb-never-made-" + Guid.NewGuid()), TextWriter.Null,
            _ => throw new InvalidOperationException("not called"), TimeSpan.Zero));
}
