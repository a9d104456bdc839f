namespace ConcurrencyBenchmarks.Analysis.Record;

/// <summary>
/// Input the offline tools cannot use (a report that is not one, a folder of several runs, a history that cannot be
/// written): the message is the one line shown, for <c>compare</c>, <c>ab</c> and <c>history</c> alike.
/// </summary>
public sealed class RunInputException(string message) : Exception(message);
