using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ConcurrencyBenchmarks.Workloads.Capacity.Windows;

/// <summary>
/// The layout as Windows tells it in <c>GetLogicalProcessorInformationEx</c>: one record per physical core (its
/// logical processors in its affinity mask, and its efficiency class, which differs between the performance and
/// efficiency cores of a hybrid processor), per package and per NUMA node.
/// </summary>
public static class WindowsTopology
{
    // LOGICAL_PROCESSOR_RELATIONSHIP values (winnt.h).
    private const int RelationProcessorCore = 0;
    private const int RelationNumaNode = 1;
    private const int RelationProcessorPackage = 3;
    private const uint RelationAll = 0xffff;

    private const int ErrorInsufficientBuffer = 122;

    // Each record: Relationship and Size (4 bytes each), then the relationship's structure. PROCESSOR_RELATIONSHIP:
    // Flags, EfficiencyClass, 20 reserved bytes, GroupCount, then its GROUP_AFFINITY masks at the pointer's alignment.
    private const int HeaderBytes = 8;
    private const int EfficiencyClassAt = HeaderBytes + 1;
    private const int GroupCountAt = HeaderBytes + 22;
    private const int GroupMasksAt = HeaderBytes + 24;

    /// <summary>The layout; null off Windows or where the call fails.</summary>
    public static MachineTopology? Read()
    {
        if (!OperatingSystem.IsWindows())
            return null;
        try
        {
            uint length = 0;
            // The first call says how long the buffer must be; the second fills it (asked again if it grew between).
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var buffer = new byte[length];
                if (GetLogicalProcessorInformationEx(RelationAll, buffer, ref length))
                    return From(buffer.AsSpan(0, (int)length), IntPtr.Size);
                if (Marshal.GetLastPInvokeError() != ErrorInsufficientBuffer)
                    return null;
            }
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The layout from the records the call returned; null where they make no machine or are cut short.</summary>
    /// <param name="records">SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX records, one after another.</param>
    /// <param name="pointerBytes">8 in a 64-bit process, 4 in a 32-bit one: an affinity mask is a pointer wide.</param>
    public static MachineTopology? From(ReadOnlySpan<byte> records, int pointerBytes)
    {
        var cores = new List<(int Logical, int EfficiencyClass)>();
        var packages = 0;
        var nodes = new HashSet<uint>();
        var groupAffinityBytes = pointerBytes + 8; // Mask, then Group and three reserved WORDs
        while (records.Length >= HeaderBytes)
        {
            var relationship = BinaryPrimitives.ReadInt32LittleEndian(records);
            var size = BinaryPrimitives.ReadInt32LittleEndian(records[4..]);
            if (size < HeaderBytes || size > records.Length)
                return null;
            var record = records[..size];
            switch (relationship)
            {
                case RelationProcessorCore:
                    if (LogicalProcessors(record, pointerBytes, groupAffinityBytes) is not { } logical)
                        return null;
                    cores.Add((logical, record[EfficiencyClassAt]));
                    break;
                case RelationProcessorPackage:
                    packages++;
                    break;
                case RelationNumaNode:
                    if (record.Length < HeaderBytes + sizeof(uint))
                        return null;
                    nodes.Add(BinaryPrimitives.ReadUInt32LittleEndian(record[HeaderBytes..]));
                    break;
            }
            records = records[size..];
        }
        var processors = cores.Sum(c => c.Logical);
        return processors > 0
            ? new MachineTopology(processors, cores.Count, Math.Max(1, packages), nodes.Count > 0 ? nodes.Count : null, Kinds(cores))
            : null;
    }

    /// <summary>How many logical processors a core's affinity masks hold; null where the record is cut short.</summary>
    private static int? LogicalProcessors(ReadOnlySpan<byte> core, int pointerBytes, int groupAffinityBytes)
    {
        if (core.Length < GroupMasksAt)
            return null;
        var groups = BinaryPrimitives.ReadUInt16LittleEndian(core[GroupCountAt..]);
        if (core.Length < GroupMasksAt + groups * groupAffinityBytes)
            return null;
        var logical = 0;
        for (var group = 0; group < groups; group++)
        {
            var mask = core[(GroupMasksAt + group * groupAffinityBytes)..];
            logical += pointerBytes == 8
                ? BitOperations.PopCount(BinaryPrimitives.ReadUInt64LittleEndian(mask))
                : BitOperations.PopCount(BinaryPrimitives.ReadUInt32LittleEndian(mask));
        }
        return logical;
    }

    /// <summary>
    /// The kinds of core, by efficiency class: a higher class is a faster, less frugal core, and every class is 0 on a
    /// machine with one kind.
    /// </summary>
    private static string? Kinds(IReadOnlyList<(int Logical, int EfficiencyClass)> cores) =>
        CoreKinds.DescribeRanked(cores.GroupBy(c => c.EfficiencyClass).Select(g => (g.Key, g.Sum(c => c.Logical))).ToArray(), "efficiency class");

    [DllImport("kernel32", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetLogicalProcessorInformationEx(uint relationship, [Out] byte[] buffer, ref uint length);
}
