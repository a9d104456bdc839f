namespace ConcurrencyBenchmarks.Tour;

/// <summary>The experiment in one Python: which interpreter, and its wall time per workload and strategy.</summary>
public sealed record PythonRun(PythonInterpreter Interpreter, IReadOnlyList<TourResult> Results);
