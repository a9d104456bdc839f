namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>Where the OS gives ab no way to hold a process tree to CPUs: every processor allowed, nothing pinned.</summary>
public sealed class NoAffinity : ICpuAffinity
{
    public bool Supported => false;

    public IReadOnlyList<int> Allowed() => Enumerable.Range(0, Environment.ProcessorCount).ToArray();

    public void PinTree(int root, IReadOnlyCollection<int> cpus)
    {
        // nothing to hold: the driver records the pairs as not pinned
    }
}
