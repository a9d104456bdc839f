namespace ConcurrencyBenchmarks.Reporting.Comparison;

/// <summary>
/// Where a benchmark stands in scaling, read from its full JSON report: its class, its strategy (method) and worker
/// count, and the family of cases it is compared with (same class and parameters but the worker count).
/// </summary>
public sealed record ScalingCase(string Family, string Strategy, int Workers)
{
    public const string WorkersParameter = "Workers";

    /// <summary>From BDN's Type, Method and Parameters (<c>Sleep=10ms&amp;Workers=1</c>); null when it has no worker count.</summary>
    public static ScalingCase? From(string type, string method, string parameters)
    {
        var pairs = parameters.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToArray();
        var workers = pairs.FirstOrDefault(p => p[0] == WorkersParameter);
        if (workers is not [_, var value] || !int.TryParse(value, out var count))
            return null;
        var others = string.Join("&", pairs.Where(p => p[0] != WorkersParameter).Select(p => string.Join('=', p)));
        return new ScalingCase($"{type}({others})", method, count);
    }
}
