using ConcurrencyBenchmarks.Analysis.Record;

namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>
/// Results of two machines do not compare: a slower CPU model shifts every time by more than any threshold worth
/// gating on. Refuses them in one line, unless the caller allows it, and then the report says it crosses machines.
/// </summary>
public static class MachineCheck
{
    public const string AllowOption = "--allow-different-machines";

    /// <summary>Whether the comparison crosses machines; throws when it does and <paramref name="allowed"/> is false.</summary>
    public static bool CrossesMachines(ResultSet @base, ResultSet diff, bool allowed)
    {
        var difference = Within(@base, "--base") ?? Within(diff, "--diff")
            ?? (@base.Machines.FirstOrDefault() is { } a && diff.Machines.FirstOrDefault() is { } b && a.DifferenceFrom(b) is { } d
                ? $"the base and the diff ran on different machines ({d})"
                : null);
        if (difference is null)
            return false;
        return allowed
            ? true
            : throw new RunInputException(
                $"{difference}: times of two machines differ by the machines as much as by the code; measure both on one machine, or pass {AllowOption}");
    }

    private static string? Within(ResultSet set, string role) =>
        set.Machines.Count > 1 ? $"{role} holds results of {set.Machines.Count} machines ({set.Machines[0].DifferenceFrom(set.Machines[1])})" : null;
}
