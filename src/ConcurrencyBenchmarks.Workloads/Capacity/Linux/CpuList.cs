using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads.Capacity.Linux;

/// <summary>Linux's list of processors, as /sys and /proc write it: "0-3,8-11", "5".</summary>
public static class CpuList
{
    /// <exception cref="FormatException">Not such a list.</exception>
    public static int[] Parse(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(range => range.Split('-') is [var from, var to]
                ? Enumerable.Range(Number(from), Number(to) - Number(from) + 1)
                : [Number(range)])
            .ToArray();

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
