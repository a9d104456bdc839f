namespace ConcurrencyBenchmarks.Suite;

/// <summary>Benchmark categories, for <c>--anyCategories</c> and <c>--allCategories</c>.</summary>
public static class Categories
{
    public const string IoBound = "IoBound";
    public const string CpuBound = "CpuBound";
    public const string Startup = "Startup";

    /// <summary>Benchmarks of the suite's own tools (the comparer); left out of every run that does not ask for them.</summary>
    public const string Tooling = "Tooling";

    /// <summary>Benchmarks that exist to test the suite itself; left out of every run that does not ask for them.</summary>
    public const string SelfTest = "SelfTest";

    /// <summary>A benchmark class that breaks the scaling contract on purpose, for the tests; left out like SelfTest.</summary>
    public const string BrokenContract = "BrokenContract";

    /// <summary>The categories a run includes only when its arguments name them.</summary>
    public static readonly string[] Hidden = [Tooling, SelfTest, BrokenContract];
}
