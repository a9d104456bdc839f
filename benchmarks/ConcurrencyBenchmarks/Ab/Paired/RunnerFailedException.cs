namespace ConcurrencyBenchmarks.Ab.Paired;

/// <summary>A side's runner failed, exited or fell silent; the message is one line naming the side and its log.</summary>
public sealed class RunnerFailedException(string message) : Exception(message);
