namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// Recognizes a filter that the shell expanded: <c>--filter *</c> typed unquoted becomes the names of the files
/// in the current folder, which match no benchmark.
/// </summary>
public static class ShellExpansion
{
    public static bool LooksExpanded(IReadOnlyCollection<string> filters, string directory) =>
        filters.Count > 0
        && filters.All(f => f.IndexOfAny(['*', '?']) < 0
                            && (File.Exists(Path.Combine(directory, f)) || Directory.Exists(Path.Combine(directory, f))));
}
