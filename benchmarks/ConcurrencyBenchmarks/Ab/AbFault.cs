namespace ConcurrencyBenchmarks.Ab;

/// <summary>
/// A fault injected on purpose, for the tests that prove <c>ab</c> cleans up after any exception: with
/// <c>CONCURRENCYBENCHMARKS_AB_FAULT=&lt;stage&gt;</c> in its environment, <c>ab</c> throws at that stage.
/// </summary>
public static class AbFault
{
    public const string Variable = "CONCURRENCYBENCHMARKS_AB_FAULT";

    /// <summary>After the worktrees exist, before anything is built.</summary>
    public const string Worktrees = "worktrees";

    /// <summary>While both sides' runners are running, before the first pair.</summary>
    public const string Pairs = "pairs";

    public static void At(string stage)
    {
        if (Environment.GetEnvironmentVariable(Variable) == stage)
            throw new InvalidOperationException($"a fault injected at '{stage}' ({Variable})");
    }
}
