namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>What the program's exit code means (BDN itself always exits 0).</summary>
public static class ExitCodes
{
    /// <summary>Every selected case ran.</summary>
    public const int Success = 0;

    /// <summary>A case failed to build or run, or validation failed.</summary>
    public const int BenchmarkFailed = 1;

    /// <summary>Bad arguments, or a filter that matches nothing; one line says which.</summary>
    public const int BadArguments = 2;
}
