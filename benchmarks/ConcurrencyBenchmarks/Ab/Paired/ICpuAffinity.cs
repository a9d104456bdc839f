namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>
/// What the OS lets ab do with the CPUs a pair runs on: which it may use, and holding a process tree to some of them.
/// One per OS (<see cref="Affinity.Current"/>); a test passes its own to see what the driver records where pinning is not there.
/// </summary>
public interface ICpuAffinity
{
    /// <summary>Whether <see cref="PinTree"/> holds a tree to its CPUs here; where not, every pair is recorded "not pinned".</summary>
    bool Supported { get; }

    /// <summary>The CPUs this process may use, in order.</summary>
    IReadOnlyList<int> Allowed();

    /// <summary>Holds every thread of <paramref name="root"/> and of its descendants to <paramref name="cpus"/>.</summary>
    void PinTree(int root, IReadOnlyCollection<int> cpus);
}
