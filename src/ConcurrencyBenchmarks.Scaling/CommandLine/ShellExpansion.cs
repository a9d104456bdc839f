namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>
/// Recognizes a filter that the shell expanded: <c>--filter *</c> typed unquoted becomes the names of the files
/// in the current folder, which match no benchmark. The user meant every benchmark, so that is what runs.
/// </summary>
public static class ShellExpansion
{
    public static bool LooksExpanded(IReadOnlyCollection<string> filters, string directory) =>
        filters.Count > 0
        && filters.All(f => f.IndexOfAny(['*', '?']) < 0
                            && (File.Exists(Path.Combine(directory, f)) || Directory.Exists(Path.Combine(directory, f))));

    /// <summary>The arguments with the values of every <c>--filter</c> replaced by the one <c>*</c> they came from.</summary>
    public static string[] AsAll(IReadOnlyList<string> args)
    {
        var result = new List<string>(args.Count);
        for (var i = 0; i < args.Count; i++)
        {
            result.Add(args[i]);
            if (!args[i].Equals("--filter", StringComparison.OrdinalIgnoreCase))
                continue;
            result.Add("*");
            while (i + 1 < args.Count && !args[i + 1].StartsWith('-'))
                i++;
        }
        return [.. result];
    }

    public static string Note(IReadOnlyCollection<string> filters) =>
        $"// The shell expanded an unquoted * into this folder's file names ({string.Join(", ", filters.Take(3))}{(filters.Count > 3 ? ", …" : "")}): "
        + "running every benchmark, as --filter '*' does (quote the * to say so yourself)";
}
