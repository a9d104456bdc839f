using System.Buffers.Binary;
using System.Numerics;
using ConcurrencyBenchmarks.Tests.Support;
using ConcurrencyBenchmarks.Workloads.Capacity;
using ConcurrencyBenchmarks.Workloads.Capacity.Windows;

namespace ConcurrencyBenchmarks.Tests.Workloads;

/// <summary>
/// The layout from the records of Windows' <c>GetLogicalProcessorInformationEx</c>, written here as winnt.h lays
/// them out, on any OS; and the real call where the tests run on Windows.
/// </summary>
public class WindowsTopologyTests
{
    private const string TwoKinds = ": the ideal counts them alike, the capacity measures what they deliver";

    /// <summary>The records of one call, in the order given, for a process whose pointers are <paramref name="pointerBytes"/> wide.</summary>
    private sealed class Records(int pointerBytes = 8)
    {
        private readonly List<byte[]> _records = [];

        public Records Core(ulong mask, byte efficiencyClass = 0) => Add(0, Processor(mask, efficiencyClass));

        public Records Package(ulong mask) => Add(3, Processor(mask, 0));

        public Records Node(uint number) => Add(1, [.. BitConverter.GetBytes(number), .. new byte[20 + 16]]);

        /// <summary>A cache's record, which the layout does not read.</summary>
        public Records Cache() => Add(2, new byte[40]);

        public byte[] Bytes() => [.. _records.SelectMany(r => r)];

        /// <summary>PROCESSOR_RELATIONSHIP: Flags, EfficiencyClass, 20 reserved, GroupCount 1, one GROUP_AFFINITY.</summary>
        private byte[] Processor(ulong mask, byte efficiencyClass)
        {
            var body = new byte[24 + pointerBytes + 8];
            body[0] = (byte)(BitOperations.PopCount(mask) > 1 ? 1 : 0); // LTP_PC_SMT
            body[1] = efficiencyClass;
            BinaryPrimitives.WriteUInt16LittleEndian(body.AsSpan(22), 1);
            if (pointerBytes == 8)
                BinaryPrimitives.WriteUInt64LittleEndian(body.AsSpan(24), mask);
            else
                BinaryPrimitives.WriteUInt32LittleEndian(body.AsSpan(24), (uint)mask);
            return body;
        }

        private Records Add(int relationship, byte[] body)
        {
            var record = new byte[8 + body.Length];
            BinaryPrimitives.WriteInt32LittleEndian(record, relationship);
            BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(4), record.Length);
            body.CopyTo(record, 8);
            _records.Add(record);
            return this;
        }
    }

    [Fact]
    public void A_hybrid_processor_names_its_performance_and_efficiency_cores_by_their_efficiency_class()
    {
        // An i5-12600K as Windows 11 gives it: the package, then 6 performance cores with two threads each (class 1),
        // each followed by its caches, then 4 efficiency cores with one (class 0), one NUMA node.
        var records = new Records().Package(0xffff);
        for (var core = 0; core < 6; core++)
            records.Core(0b11UL << (2 * core), efficiencyClass: 1).Cache().Cache();
        for (var core = 0; core < 4; core++)
            records.Core(1UL << (12 + core), efficiencyClass: 0).Cache();
        records.Node(0);

        var topology = WindowsTopology.From(records.Bytes(), pointerBytes: 8);

        Assert.Equal(new MachineTopology(16, 10, 1, 1, "12 logical processors on performance cores and 4 on efficiency cores" + TwoKinds), topology);
    }

    [Fact]
    public void A_server_of_two_sockets_and_two_NUMA_nodes_has_one_kind_of_core_also_in_a_32_bit_process()
    {
        foreach (var pointerBytes in new[] { 8, 4 })
        {
            var records = new Records(pointerBytes).Package(0x0f).Package(0xf0);
            for (var core = 0; core < 4; core++)
                records.Core(0b11UL << (2 * core));
            records.Node(0).Node(1);

            var topology = WindowsTopology.From(records.Bytes(), pointerBytes);

            Assert.Equal(new MachineTopology(8, 4, 2, 2), topology);
            Assert.Equal("8 logical processors on 4 physical cores (2 threads per core: SMT), 2 sockets, 2 NUMA nodes", topology!.Describe());
        }
    }

    [Fact]
    public void Three_classes_name_the_one_between_by_its_class()
    {
        var records = new Records().Core(0b11, 2).Core(0b1100, 2).Core(1 << 4, 1).Core(1 << 5, 1).Core(1 << 6, 0).Package(0x7f);

        Assert.Equal("4 logical processors on performance cores and 2 on efficiency class 1 cores and 1 on efficiency cores" + TwoKinds,
            WindowsTopology.From(records.Bytes(), 8)!.CoreKinds);
    }

    [Fact]
    public void Records_cut_short_or_without_a_core_make_no_layout()
    {
        var whole = new Records().Core(0b11).Core(0b1100).Package(0x0f).Bytes();
        byte[] Sized(int size)
        {
            var bytes = (byte[])whole.Clone();
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), size); // the first core's record says it is this long
            return bytes;
        }

        Assert.NotNull(WindowsTopology.From(whole, 8));
        Assert.Null(WindowsTopology.From(whole.AsSpan(0, whole.Length - 20), 8)); // the package's record cut in its middle
        Assert.Null(WindowsTopology.From(Sized(32), 8)); // too short for the mask its group count promises
        Assert.Null(WindowsTopology.From(Sized(4), 8));  // shorter than its own header
        Assert.Null(WindowsTopology.From(new Records().Package(0x0f).Node(0).Bytes(), 8));
        var node = new Records().Core(0b11).Node(0).Bytes();
        BinaryPrimitives.WriteInt32LittleEndian(node.AsSpan(node.Length - 48 + 4), 8); // the node's 48-byte record cut to its header
        Assert.Null(WindowsTopology.From(node.AsSpan(0, node.Length - 40), 8));
        Assert.Null(WindowsTopology.From([], 8));
    }

    [RequiresWindowsFact("GetLogicalProcessorInformationEx")]
    public void On_Windows_the_layout_holds_at_least_the_processors_this_process_may_use()
    {
        var topology = WindowsTopology.Read();

        Assert.NotNull(topology);
        Assert.True(topology.LogicalProcessors >= Environment.ProcessorCount, topology.Describe());
        Assert.InRange(topology.PhysicalCores, 1, topology.LogicalProcessors);
        Assert.NotNull(topology.NumaNodes);
    }
}
