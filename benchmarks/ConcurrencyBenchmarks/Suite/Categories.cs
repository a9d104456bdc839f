namespace ConcurrencyBenchmarks.Suite;

/// <summary>Benchmark categories, for <c>--anyCategories</c> and <c>--allCategories</c>.</summary>
public static class Categories
{
    public const string IoBound = "IoBound";
    public const string CpuBound = "CpuBound";
    public const string Startup = "Startup";

    /// <summary>Benchmarks of the suite's own tools (the comparer); left out of every run that does not ask for them.</summary>
    public const string Tooling = "Tooling";

    /// <summary>The categories a run includes only when a category option names them.</summary>
    public static readonly string[] Hidden = [Tooling];

    private static readonly string[] CategoryOptions = ["--anyCategories", "--allCategories"];

    /// <summary>
    /// The hidden categories named as values of <c>--anyCategories</c> or <c>--allCategories</c> (either form,
    /// <c>--name value</c> or <c>--name=value</c>). Only a whole value counts: a filter or a path that merely
    /// contains a category's name (the shell's expansion of an unquoted <c>*</c>, say) asks for nothing.
    /// </summary>
    public static string[] HiddenAskedFor(IReadOnlyList<string> args) =>
        CategoryValues(args).Where(v => Hidden.Contains(v, StringComparer.OrdinalIgnoreCase))
            .Select(v => Hidden.First(h => h.Equals(v, StringComparison.OrdinalIgnoreCase)))
            .Distinct().ToArray();

    private static IEnumerable<string> CategoryValues(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inline) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            if (!CategoryOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
                continue;
            if (inline is not null)
                yield return inline;
            for (; i + 1 < args.Count && !args[i + 1].StartsWith('-'); i++)
                yield return args[i + 1];
        }
    }
}
