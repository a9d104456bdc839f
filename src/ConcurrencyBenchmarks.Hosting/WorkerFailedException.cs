namespace ConcurrencyBenchmarks.Hosting;

/// <summary>A worker process that exited with a non-zero code, or could not be started.</summary>
public sealed class WorkerFailedException(int worker, int exitCode, string standardError, string command)
    : Exception($"worker {worker} ('{command}') exited with code {exitCode}: {FirstLines(standardError)}")
{
    public int Worker { get; } = worker;
    public int ExitCode { get; } = exitCode;
    public string StandardError { get; } = standardError;

    private static string FirstLines(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? "(no output on stderr)" : trimmed.Length <= 2000 ? trimmed : trimmed[..2000] + "…";
    }
}
