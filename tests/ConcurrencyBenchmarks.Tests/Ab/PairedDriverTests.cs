using ConcurrencyBenchmarks.Ab.Paired;
using ConcurrencyBenchmarks.Suite;
using ConcurrencyBenchmarks.Tests.Support;

namespace ConcurrencyBenchmarks.Tests.Ab;

/// <summary>
/// The paired driver over two real runners of this build (2 ms sleeps): the order of sides and cases, that the sides
/// never run at once, and that both sides' processes, pool workers included, hold the same CPUs.
/// </summary>
public class PairedDriverTests : NoLeftoverProcesses
{
    private static readonly string[] Filters = ["*OnlySleepBenchmarks.Serial*", "*OnlySleepBenchmarks.Threads*", "*OnlySleepBenchmarks.ProcessPool*"];
    private static readonly PairedSettings Fixed = new(PairsPerVisit: 2, MinPairs: 6, MaxPairs: 6, Warmup: 1, Seed: 7);

    private sealed record Measured(IReadOnlyList<CaseSeries> Cases, IReadOnlyList<string> CpuSets, int Processes);

    /// <summary>Runs the driver to the end and reads both runners' trees before they are disposed.</summary>
    private static Measured Measure(PairedSettings settings, ICpuAffinity? affinity = null)
    {
        var folder = Directory.CreateTempSubdirectory("cb-paired-").FullName;
        try
        {
            var sizes = new Dictionary<string, string> { [SuiteSizes.WorkersVariable] = "1,2", [SuiteSizes.SleepVariable] = "2ms" };
            var suite = Path.Combine(AppContext.BaseDirectory, "ConcurrencyBenchmarks.dll");
            using var baseRunner = RunnerProcess.Start("base", suite, Filters, Path.Combine(folder, "base.log"), sizes);
            using var headRunner = RunnerProcess.Start("head", suite, Filters, Path.Combine(folder, "head.log"), sizes);
            var cases = headRunner.Cases.Select(h => new CaseSeries(baseRunner.Cases.Single(b => b.Id == h.Id), h)).ToArray();

            Assert.True(new PairedDriver(baseRunner, headRunner, cases, settings, TextWriter.Null, () => false, affinity).Run());

            if (!OperatingSystem.IsLinux())
                return new Measured(cases, [], 0); // only Linux's readers list a process's descendants
            var tree = LinuxAffinity.Tree(baseRunner.Pid).Concat(LinuxAffinity.Tree(headRunner.Pid)).ToArray();
            return new Measured(cases, tree.Select(pid => LinuxAffinity.ReadAllowedList(pid)).OfType<string>().ToArray(), tree.Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Pairs_alternate_ABBA_the_sides_never_overlap_and_every_process_holds_the_same_cpus()
    {
        var measured = Measure(Fixed);

        Assert.Equal(6, measured.Cases.Count); // 3 strategies at 2 worker counts
        foreach (var series in measured.Cases)
        {
            Assert.Equal(6, series.Pairs.Count);
            Assert.Equal([true, false, true, false, true, false], series.Pairs.Select(p => p.BaseFirst));
            Assert.All(series.Pairs, p => Assert.True(p.BaseEnd <= p.HeadStart || p.HeadEnd <= p.BaseStart, $"{series.Id}: the sides overlapped"));
            if (Affinity.Current.Supported)
                Assert.All(series.Pairs, p => Assert.Equal(series.SingleThreaded ? 1 : Affinity.Current.Allowed().Count, p.Cpus.Split(',').Length));
        }
        var all = measured.Cases.SelectMany(c => c.Pairs).OrderBy(p => p.BaseStart).ToArray();
        Assert.All(all.Zip(all.Skip(1)), p => Assert.True(Math.Max(p.First.BaseEnd, p.First.HeadEnd) <= Math.Min(p.Second.BaseStart, p.Second.HeadStart)));
        if (Affinity.Current.Supported)
        {
            Assert.True(measured.Processes >= 2 + 2 * 3, "the pools' workers are in the runners' trees"); // pools of 1 and 2 workers per side
            Assert.Single(measured.CpuSets.Distinct());
        }
    }

    /// <summary>An OS with no affinity ab uses, as macOS is: it counts every attempt to pin.</summary>
    private sealed class Unpinnable : ICpuAffinity
    {
        public int Pins;
        public bool Supported => false;
        public IReadOnlyList<int> Allowed() => [0, 1];
        public void PinTree(int root, IReadOnlyCollection<int> cpus) => Pins++;
    }

    [Fact]
    public void Where_the_os_cannot_pin_every_pair_is_recorded_not_pinned_and_nothing_is_pinned()
    {
        var unpinnable = new Unpinnable();

        var measured = Measure(Fixed, unpinnable);

        Assert.Equal(0, unpinnable.Pins);
        Assert.All(measured.Cases.SelectMany(c => c.Pairs), p => Assert.Equal(Affinity.NotPinned, p.Cpus)); // single-threaded cases too: no CPU named
        Assert.Contains(measured.Cases, c => c.SingleThreaded);
    }

    [Fact]
    public void Cases_come_in_a_random_order_that_the_seed_fixes()
    {
        static string[] Order(Measured m) =>
            m.Cases.SelectMany(c => c.Pairs.Select(p => (c.Id, p.BaseStart))).OrderBy(x => x.BaseStart).Select(x => x.Id).ToArray();

        var first = Order(Measure(Fixed));
        var again = Order(Measure(Fixed));
        var other = Order(Measure(Fixed with { Seed = 8 }));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, first.Order(StringComparer.Ordinal)); // not the listing's order
    }
}
