using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>An assembly's benchmark classes expanded into cases by BenchmarkDotNet, with the config's filters and jobs.</summary>
public static class BenchmarkCases
{
    public static IReadOnlyList<BenchmarkCase> In(Assembly benchmarks, IConfig config) =>
        benchmarks.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && !t.ContainsGenericParameters)
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t, config).BenchmarksCases)
            .ToArray();
}
