namespace ConcurrencyBenchmarks.Analysis.History;

/// <summary>Input the history cannot take (no reports, a run already kept, an unwritable folder): the message is the one line shown.</summary>
public sealed class HistoryInputException(string message) : Exception(message);
