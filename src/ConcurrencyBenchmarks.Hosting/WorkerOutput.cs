namespace ConcurrencyBenchmarks.Hosting;

/// <summary>What one finished worker process printed.</summary>
public sealed record WorkerOutput(int Worker, int ProcessId, string StandardOutput);
