namespace ConcurrencyBenchmarks.Suite;

/// <summary>Benchmark categories, for <c>--anyCategories</c> and <c>--allCategories</c>.</summary>
public static class Categories
{
    public const string IoBound = "IoBound";
    public const string CpuBound = "CpuBound";
    public const string Startup = "Startup";
    public const string Mixed = "Mixed";
}
