using ConcurrencyBenchmarks.RunReporting.Columns;
using ConcurrencyBenchmarks.RunReporting.Scaling;
using ConcurrencyBenchmarks.Workloads.Capacity;

namespace ConcurrencyBenchmarks.Tests.Reporting;

/// <summary>
/// The sleeping ideal is what this machine's timer gives a sleep, not what was asked: a timer that ticks every 15.6 ms
/// (Windows' default) makes a 100 ms sleep take up to 116 ms, and no strategy is held to less.
/// </summary>
public class SleepTimerTests(TinyRun run) : IClassFixture<TinyRun>
{
    [Fact]
    public void A_sleep_measured_on_this_machine_lasts_at_least_what_was_asked()
    {
        var timer = SleepTimer.Measure(TimeSpan.FromMilliseconds(20), rounds: 3);

        Assert.Equal(20e6, timer.AskedNanoseconds);
        Assert.True(timer.MedianNanoseconds >= 20e6, $"took {timer.MedianNanoseconds / 1e6} ms");
        Assert.Equal(3, timer.Rounds);
        Assert.Contains("a 20 ms sleep takes", timer.Describe());
    }

    [Fact]
    public void The_ideal_of_a_sleep_is_the_time_the_timer_gave_it_where_the_run_measured_one()
    {
        var summary = run.Sleep; // sleeps of 2 ms
        var style = summary.Style.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
        var threads = summary.BenchmarksCases.Single(c => c.Descriptor.WorkloadMethod.Name == "Threads" && (int)c.Parameters["Workers"] == 2);
        var coarse = new RunEnvironment(2, null) { SleepTimers = [new SleepTimer(2e6, 2.5e6, 5)] };
        var otherSleep = new RunEnvironment(2, null) { SleepTimers = [new SleepTimer(100e6, 116e6, 5)] };

        Assert.Equal("2.5 ms", new IdealColumn(coarse).GetValue(summary, threads, style));
        Assert.Equal("2.0 ms", new IdealColumn(otherSleep).GetValue(summary, threads, style)); // a timer for another duration says nothing of this one
        Assert.Equal(2.5e6, coarse.SleepNanoseconds(2e6));
        Assert.Equal(3e6, coarse.SleepNanoseconds(3e6));
    }

    [Fact]
    public void Only_the_sleeping_cases_of_a_selection_name_a_sleep_to_measure()
    {
        var sleeps = run.Sleep.BenchmarksCases.Select(SummaryCases.SleepDuration).Distinct().ToArray();

        Assert.Equal([TimeSpan.FromMilliseconds(2)], sleeps);
        Assert.All(run.CrunchWithoutSerial.BenchmarksCases, c => Assert.Null(SummaryCases.SleepDuration(c)));
    }
}
