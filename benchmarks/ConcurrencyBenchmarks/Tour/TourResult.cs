namespace ConcurrencyBenchmarks.Tour;

/// <summary>One run of the seed's experiment: a workload, a strategy, its wall time and who ran each worker.</summary>
public sealed record TourResult(string Workload, string Strategy, TimeSpan Wall, IReadOnlyList<string> WorkerLines);
