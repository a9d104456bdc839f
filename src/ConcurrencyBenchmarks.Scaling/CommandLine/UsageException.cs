namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>Bad input: the message is the one line the user sees before the program exits with code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
