namespace ConcurrencyBenchmarks.Analysis.Comparison;

/// <summary>Input a comparison cannot use: the message is one line naming the problem.</summary>
public sealed class ComparisonInputException(string message) : Exception(message);
