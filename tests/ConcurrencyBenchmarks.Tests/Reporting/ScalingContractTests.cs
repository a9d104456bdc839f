using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;
using ConcurrencyBenchmarks.RunReporting.Scaling;

namespace ConcurrencyBenchmarks.Tests.Reporting;

[Scaling(WorkloadKind.Sleep, "Sleep")]
public class NoWorkerCountBenchmarks
{
    [Params(5)] public int Sleep { get; set; }

    [Benchmark(Baseline = true)]
    public void Serial() { }
}

/// <summary>The scaling contract, checked before anything is measured.</summary>
public class ScalingContractTests
{
    private static string[] Errors<T>() =>
        ScalingContractValidator.Instance
            .Validate(new ValidationParameters(BenchmarkConverter.TypeToBenchmarks(typeof(T)).BenchmarksCases, DefaultConfig.Instance.CreateImmutableConfig()))
            .Select(e => e.Message).ToArray();

    [Fact]
    public void A_class_without_a_worker_count_or_a_duration_for_its_sleep_is_refused_with_one_line_each()
    {
        var errors = Errors<NoWorkerCountBenchmarks>();

        Assert.Equal(2, errors.Length);
        Assert.Contains("NoWorkerCountBenchmarks takes part in scaling but has no int parameter 'Workers' for the worker count; add one with [Params] or [ParamsSource]", errors);
        Assert.Contains(errors, e => e.StartsWith("NoWorkerCountBenchmarks's sleep size '5' is not a duration", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain('\n', e));
    }

    [Fact]
    public void The_suites_own_shape_passes_and_a_class_outside_scaling_is_not_checked()
    {
        Assert.Empty(Errors<TinySleepBenchmarks>());
        Assert.Empty(Errors<ScalingContractTests>());
    }
}
