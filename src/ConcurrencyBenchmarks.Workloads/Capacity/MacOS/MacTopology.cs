namespace ConcurrencyBenchmarks.Workloads.Capacity.MacOS;

/// <summary>
/// The layout as macOS tells it: hw.logicalcpu, hw.physicalcpu and hw.packages, and on Apple silicon its kinds of core
/// (hw.nperflevels, each level's hw.perflevelN.name and .logicalcpu, the fastest first). macOS gives no NUMA count.
/// </summary>
public static class MacTopology
{
    /// <summary>The layout; null off macOS or where it does not say.</summary>
    public static MachineTopology? Read()
    {
        if (Sysctl.Number("hw.logicalcpu") is not { } logical || Sysctl.Number("hw.physicalcpu") is not { } physical)
            return null;
        var levels = Enumerable.Range(0, (int)(Sysctl.Number("hw.nperflevels") ?? 0))
            .Select(level => (Name: Sysctl.Text($"hw.perflevel{level}.name"), Logical: Sysctl.Number($"hw.perflevel{level}.logicalcpu")))
            .Where(level => level is { Name: not null, Logical: not null })
            .Select(level => (level.Name!, (int)level.Logical!.Value))
            .ToArray();
        return From((int)logical, (int)physical, (int)(Sysctl.Number("hw.packages") ?? 1), levels);
    }

    /// <summary>The layout from the kernel's numbers; null where they make no machine.</summary>
    /// <param name="levels">Each performance level's name ("Performance", "Efficiency") and logical processors, the fastest first.</param>
    public static MachineTopology? From(int logical, int physical, int packages, IReadOnlyList<(string Name, int LogicalProcessors)> levels) =>
        logical > 0 && physical > 0
            ? new MachineTopology(logical, physical, Math.Max(1, packages), NumaNodes: null,
                CoreKinds.Describe(levels.Select(l => (l.Name.ToLowerInvariant(), l.LogicalProcessors)).ToArray()))
            : null;
}
