namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>The time an in-process host's background JIT threads took between two readings: the host's, not the strategy's.</summary>
public static class CompilerThreads
{
    /// <summary>
    /// Each thread's growth, a thread started since counting whole. A thread that ended between them is missed (its
    /// time stays in the process's clock): the runtime ends it only after it has had nothing to compile for a while.
    /// </summary>
    public static long Between(IReadOnlyDictionary<int, long> before, IReadOnlyDictionary<int, long> after) =>
        after.Sum(thread => Math.Max(0, thread.Value - before.GetValueOrDefault(thread.Key)));
}
