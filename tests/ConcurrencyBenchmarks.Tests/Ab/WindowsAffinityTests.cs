using ConcurrencyBenchmarks.Ab.Paired;

namespace ConcurrencyBenchmarks.Tests.Ab;

/// <summary>Windows' affinity masks, as ab writes and reads them: one bit per processor of one group.</summary>
public class WindowsAffinityTests
{
    [Fact]
    public void A_set_of_cpus_is_one_bit_each_and_reads_back_in_order()
    {
        var mask = WindowsAffinity.Mask([5, 0, 2]);

        Assert.Equal(0b100101UL, mask);
        Assert.Equal([0, 2, 5], WindowsAffinity.Cpus(mask));
        Assert.Equal([63], WindowsAffinity.Cpus(WindowsAffinity.Mask([63])));
    }

    [Fact]
    public void A_processor_past_the_first_group_cannot_be_held_by_one_mask()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WindowsAffinity.Mask([1, 64]));

        Assert.Contains("0 to 63", error.Message);
    }

    [Fact]
    public void Each_os_gets_its_own_affinity_and_macos_none()
    {
        var expected = OperatingSystem.IsLinux() ? typeof(LinuxAffinity) : OperatingSystem.IsWindows() ? typeof(WindowsAffinity) : typeof(NoAffinity);

        Assert.IsType(expected, Affinity.Current);
        Assert.Equal(expected != typeof(NoAffinity), Affinity.Current.Supported || Environment.ProcessorCount > 64);
    }
}
