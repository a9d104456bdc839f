using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;

namespace ConcurrencyBenchmarks.RunReporting.Interference;

/// <summary>
/// The two numbers the interference diagnoser records per case, kept in the full JSON. BDN shows no column of its own
/// for them: <see cref="InterferenceColumn"/> shows their sum with a mark.
/// </summary>
public sealed class InterferenceMetric(string id, string name, string legend) : IMetricDescriptor
{
    public static readonly InterferenceMetric OtherCpu = new("OtherCpu", "Other CPU",
        "CPU time used by processes outside the benchmark's own process tree while the case ran, as a share of all processors' time");

    public static readonly InterferenceMetric Steal = new("Steal", "Steal",
        "CPU time the hypervisor gave to other virtual machines while the case ran (steal), as a share of all processors' time");

    public static readonly InterferenceMetric BusyCores = new("BusyCores", "Busy cores",
        "The CPU time (user and system, to the nanosecond; workers that already exited to the clock tick) of the benchmark's own process tree (its process and every worker it started) over the case's measured iterations, divided by their wall time: how many processors the strategy kept busy");

    public string Id => id;
    public string DisplayName => name;
    public string Legend => legend;
    public string NumberFormat => Id == "BusyCores" ? "0.00" : "0.0%";
    public UnitType UnitType => UnitType.Dimensionless;
    public string Unit => Id == "BusyCores" ? "cores" : "share";
    public bool TheGreaterTheBetter => false;
    public int PriorityInCategory => 0;

    public bool GetIsAvailable(Metric metric) => false;
}
