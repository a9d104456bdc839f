using System.Runtime.CompilerServices;

namespace ConcurrencyBenchmarks.Workloads;

/// <summary>The CPU-bound workload: the seed's counting loop, on a 64-bit counter.</summary>
public static class CrunchNumbers
{
    /// <summary>Counts from 0 to <paramref name="iterations"/> and returns the count.</summary>
    // Not inlined, and the count is returned, so the JIT can neither fold nor drop the loop. Fully optimized from the
    // first call, so a fresh process (a worker, the tour) runs the same machine code as a warmed-up benchmark.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static long Run(long iterations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        long x = 0;
        while (x < iterations)
            x++;
        return x;
    }
}
