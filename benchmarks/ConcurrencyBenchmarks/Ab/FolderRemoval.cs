namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// Removes a folder that a process which just exited may still hold files in (Windows keeps a file open for a moment
/// after its process ends, and a virus scanner may open it too): a few tries, then a warning instead of an error, so
/// that a comparison that finished is never lost to its clean-up.
/// </summary>
public static class FolderRemoval
{
    public const int Attempts = 5;
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>Removes <paramref name="path"/> with everything in it; false, with a line on <paramref name="warnings"/>, when it could not.</summary>
    public static bool TryDelete(string path, TextWriter warnings) => TryDelete(path, warnings, p => Directory.Delete(p, recursive: true), Pause);

    /// <summary>The same, with the deletion and the pause between tries given (tests give one that fails).</summary>
    public static bool TryDelete(string path, TextWriter warnings, Action<string> delete, TimeSpan pause)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!Directory.Exists(path))
                return true;
            try
            {
                delete(path);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == Attempts)
                {
                    warnings.WriteLine($"ab: could not remove {path} ({e.Message.ReplaceLineEndings(" ")}); the results are kept: remove it by hand");
                    return false;
                }
                Thread.Sleep(pause);
            }
        }
    }
}
