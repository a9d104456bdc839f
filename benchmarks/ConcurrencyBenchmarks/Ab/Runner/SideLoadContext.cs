using System.Reflection;
using System.Runtime.Loader;

namespace ConcurrencyBenchmarks.Ab.Runner;

/// <summary>
/// Loads one side's build of the benchmarks (base or head) beside the runner: the suite's own assemblies
/// (<c>ConcurrencyBenchmarks.*</c>: the benchmark classes, workloads, strategies, hosting) come from that build, and
/// everything else (BenchmarkDotNet, Perfolizer, the framework) is the runner's own. Sharing BenchmarkDotNet is what
/// lets the runner expand the side's classes into cases with BDN's own rules; keeping the suite's assemblies apart is
/// what makes each side measure its own code.
/// </summary>
public sealed class SideLoadContext(string benchmarkAssembly) : AssemblyLoadContext($"side:{benchmarkAssembly}")
{
    private const string SuitePrefix = "ConcurrencyBenchmarks";

    private readonly AssemblyDependencyResolver _resolver = new(benchmarkAssembly);

    protected override Assembly? Load(AssemblyName name) =>
        name.Name?.StartsWith(SuitePrefix, StringComparison.Ordinal) == true && _resolver.ResolveAssemblyToPath(name) is { } path
            ? LoadFromAssemblyPath(path)
            : null; // the runner's copy

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
