namespace ConcurrencyBenchmarks.RunReporting.Platform;

/// <summary>The names .NET gives its own threads, by which each OS's readers tell them apart from the outside.</summary>
public static class RuntimeThreadNames
{
    /// <summary>A thread-pool worker.</summary>
    public const string PoolWorker = ".NET TP Worker";

    /// <summary>The background compiler (tiered compilation), which raises the host's methods for seconds after a run starts.</summary>
    public const string Compiler = ".NET Tiered Compilation Worker";

    /// <summary>A name as Linux keeps it: its first 15 characters.</summary>
    public static string AsLinuxKeepsIt(string name) => name.Length > 15 ? name[..15] : name;
}
