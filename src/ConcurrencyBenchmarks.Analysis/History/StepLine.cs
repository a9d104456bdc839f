namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>How a step's line reads: a change for the worse, for the better, or one that only follows another line.</summary>
public enum StepLineKind { Worse, Better, Follows }

/// <summary>
/// One line of the step table as text, the same for the markdown and the page: a row's own line, then one line per
/// Serial step of it that speed-up steps follow ("↳ speed-ups of Threads, ThreadPool at 2 workers: with Serial").
/// </summary>
public sealed record StepLine(StepLineKind Kind, string Series, string Change, string Before, string After,
    string Commit, string PreviousCommit, string AlsoChanged, string Machine)
{
    public static IEnumerable<StepLine> Of(StepRow row)
    {
        var lead = row.Lead;
        yield return row.Machine is { } machine
            ? Line(lead, KindOf(lead), $"the whole machine: {machine.Moved} of {machine.Of} benchmarks' times at once ({Range(machine.LowestRatio, machine.HighestRatio)})",
                HistoryCharts.Change(machine.MedianRatio), "", "")
            : Line(lead, KindOf(lead), HistoryMarkdown.Series(lead), HistoryCharts.Change(lead.Step.Ratio),
                HistoryMarkdown.Level(lead, lead.Step.Before), HistoryMarkdown.Level(lead, lead.Step.After));
        foreach (var serial in row.FollowingSerial.GroupBy(f => f.WithSerial!))
        {
            var ratios = serial.Select(f => f.Step.Ratio).ToArray();
            var workers = serial.Key.Benchmark.Scaling!.Workers;
            yield return Line(serial.First(), StepLineKind.Follows,
                $"↳ speed-ups of {string.Join(", ", serial.Select(f => f.Benchmark.Method))} at {workers} worker{(workers == 1 ? "" : "s")}: with Serial, no strategy changed",
                Range(ratios.Min(), ratios.Max()), "", "");
        }
    }

    private static StepLine Line(DetectedStep step, StepLineKind kind, string series, string change, string before, string after) =>
        new(kind, series, change, before, after, HistoryCharts.Short(step.Commit), HistoryCharts.Short(step.PreviousCommit), step.AlsoChanged, step.Machine.Processor);

    private static StepLineKind KindOf(DetectedStep step) => step.IsWorse ? StepLineKind.Worse : StepLineKind.Better;

    private static string Range(double lowest, double highest) =>
        lowest == highest ? HistoryCharts.Change(lowest) : $"{HistoryCharts.Change(lowest)} to {HistoryCharts.Change(highest)}";
}
