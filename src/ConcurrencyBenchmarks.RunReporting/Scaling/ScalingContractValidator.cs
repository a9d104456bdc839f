using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Validators;
using ConcurrencyBenchmarks.Workloads;

namespace ConcurrencyBenchmarks.RunReporting.Scaling;

/// <summary>
/// Checks the scaling contract (<see cref="ScalingAttribute"/>) of every selected class before any case runs: a class
/// without a Serial baseline or a worker count would measure for minutes and end in a column of <c>?</c>.
/// The baseline is looked up on the class, not among the selected cases, so a filter may still leave Serial out.
/// </summary>
public sealed class ScalingContractValidator : IValidator
{
    public static readonly ScalingContractValidator Instance = new();

    public bool TreatsWarningsAsErrors => true;

    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters)
    {
        foreach (var cases in validationParameters.Benchmarks.GroupBy(b => b.Descriptor.Type))
        {
            var type = cases.Key;
            if (type.GetCustomAttribute<ScalingAttribute>(inherit: true) is not { } contract)
                continue;
            var first = cases.First();
            var parameters = first.Parameters.Items.ToDictionary(p => p.Name, p => p.Value);
            var baselines = type.GetMethods().Count(m => m.GetCustomAttribute<BenchmarkAttribute>() is { Baseline: true });

            if (baselines != 1)
                yield return Error(first, $"{type.Name} takes part in scaling but has {(baselines == 0 ? "no" : baselines.ToString())} baseline "
                                          + "methods; mark exactly one, the one that runs workers one after another (Serial), [Benchmark(Baseline = true)]");
            if (parameters.GetValueOrDefault(contract.WorkersParameter) is not int)
                yield return Error(first, $"{type.Name} takes part in scaling but has no int parameter '{contract.WorkersParameter}' "
                                          + "for the worker count; add one with [Params] or [ParamsSource]");
            if (contract.SizeParameter is null)
            {
                if (contract.Workload != WorkloadKind.Mixed)
                    yield return Error(first, $"{type.Name} takes part in scaling as {contract.Workload} but names no size parameter; only Mixed work may go without one");
            }
            else if (!parameters.TryGetValue(contract.SizeParameter, out var size))
                yield return Error(first, $"{type.Name} takes part in scaling but has no parameter '{contract.SizeParameter}' for the workload's size");
            else if (contract.Workload == WorkloadKind.Sleep && (size is not string text || !Duration.TryParse(text, out _)))
                yield return Error(first, $"{type.Name}'s sleep size '{size}' is not a duration; expected {Duration.Expected}");
            else if (contract.Workload == WorkloadKind.Mixed && CountingShare(size) is null)
                yield return Error(first, $"{type.Name}'s counting share '{size}' is not a number from 0 to 1");
        }
    }

    /// <summary>A Mixed workload's size: the counting share asked for, from 0 to 1; null when it is not one.</summary>
    internal static double? CountingShare(object? size) =>
        size is double share && share is >= 0 and <= 1 ? share : null;

    private static ValidationError Error(BenchmarkDotNet.Running.BenchmarkCase benchmark, string message) =>
        new(isCritical: true, message, benchmark);
}
