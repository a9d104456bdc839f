using System.Runtime.CompilerServices;

namespace ConcurrencyBenchmarks.Workloads;

/// <summary>The CPU-bound workload: the seed's counting loop, on a 64-bit counter.</summary>
public static class CrunchNumbers
{
    /// <summary>Counts from 0 to <paramref name="iterations"/> and returns the count.</summary>
    // Not inlined, and the count is returned, so the loop cannot be dropped as dead code. That the loop is not folded
    // into its closed form (return iterations) is a property of RyuJIT as of .NET 10, not a guarantee: a compiler that
    // folded it would make every CrunchNumbers number meaningless, so a test guards it (10^9 steps must take time).
    // Fully optimized from the first call, so a fresh process (a worker, the tour) runs the same machine code as a
    // warmed-up benchmark.
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
