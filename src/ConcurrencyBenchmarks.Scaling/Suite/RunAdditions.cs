using BenchmarkDotNet.Filters;

namespace ConcurrencyBenchmarks.Suite;

/// <summary>
/// What a program adds to a run of scaling benchmarks: its help, filters that leave out cases its build cannot run,
/// a note under the summary, and why a filter may match nothing. The suite adds its worker's; a user's program, nothing.
/// </summary>
/// <param name="Help">printed before BenchmarkDotNet's options on --help</param>
/// <param name="Filters">applied to every selection, before anything runs</param>
/// <param name="NoteAfterSummary">one line under the summary, or null</param>
/// <param name="WhyNothingMatches">what the filters left out, for the error when a filter matches nothing, or null</param>
public sealed record RunAdditions(string Help, IReadOnlyList<IFilter> Filters, Func<string?> NoteAfterSummary, Func<string?> WhyNothingMatches)
{
    public static RunAdditions None => new(CommandLine.ScalingHelp.Text, [], () => null, () => null);
}
