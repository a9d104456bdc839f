using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Running;

namespace ConcurrencyBenchmarks.RunReporting.Interleaving;

/// <summary>
/// One benchmark case run as BDN's Monitoring job runs it: the parameters set and the global setup called once, then
/// each invocation a single call of the benchmark method (awaited when it returns a task) between two clock readings,
/// and the global cleanup at the end. The instance lives between invocations, so pools stay warm. The one way a case
/// is invoked outside BDN's own engine: by <c>ab</c>'s paired runner and by the suite's interleaved visits.
/// </summary>
public sealed class CaseInvoker(BenchmarkCase benchmarkCase)
{
    private object? _instance;
    private MethodInvoker? _workload;

    public void Setup()
    {
        var descriptor = benchmarkCase.Descriptor;
        _instance = Activator.CreateInstance(descriptor.Type)!;
        foreach (var parameter in benchmarkCase.Parameters.Items.Where(p => !p.IsArgument))
            Assign(descriptor.Type, parameter.Name, parameter.Value);
        Call(descriptor.GlobalSetupMethod);
        _workload = MethodInvoker.Create(descriptor.WorkloadMethod);
    }

    /// <summary>One invocation; returns the clock readings (<see cref="Stopwatch.GetTimestamp"/>) around it.</summary>
    public (long Start, long End) Invoke()
    {
        var workload = _workload ?? throw new InvalidOperationException("invoke before setup");
        Call(benchmarkCase.Descriptor.IterationSetupMethod);
        var start = Stopwatch.GetTimestamp();
        Await(workload.Invoke(_instance));
        var end = Stopwatch.GetTimestamp();
        Call(benchmarkCase.Descriptor.IterationCleanupMethod);
        return (start, end);
    }

    public void Cleanup()
    {
        if (_instance is null)
            return;
        Call(benchmarkCase.Descriptor.GlobalCleanupMethod);
        _instance = null;
        _workload = null;
    }

    private void Assign(Type type, string name, object? value)
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        if (type.GetProperty(name, Any) is { } property)
            property.SetValue(property.GetMethod?.IsStatic == true ? null : _instance, value);
        else if (type.GetField(name, Any) is { } field)
            field.SetValue(field.IsStatic ? null : _instance, value);
        else
            throw new MissingMemberException(type.Name, name);
    }

    private void Call(MethodInfo? method)
    {
        // BDN fills a missing setup or cleanup with an empty method of its own; those belong to no benchmark class.
        if (method is not null && method.DeclaringType?.IsAssignableFrom(_instance?.GetType()) == true)
            Await(method.Invoke(method.IsStatic ? null : _instance, null));
    }

    private static void Await(object? result)
    {
        switch (result)
        {
            case Task task: task.GetAwaiter().GetResult(); break;
            case ValueTask valueTask: valueTask.GetAwaiter().GetResult(); break;
        }
    }
}
