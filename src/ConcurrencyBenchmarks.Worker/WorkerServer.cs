using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Worker;

/// <summary>The worker's serving mode for a process pool: jobs in on stdin, results out on stdout (see <see cref="PoolProtocol"/>).</summary>
internal static class WorkerServer
{
    public static int Serve(TextReader input, TextWriter output)
    {
        output.WriteLine(PoolProtocol.FormatHello(Environment.ProcessId, WorkerIdentity.CurrentRuntime));
        output.Flush();
        // End of input means the pool is gone (closed, or its process died): exit rather than linger.
        while (BoundedLine.Read(input, out var overlong) is { } line)
        {
            if (line == PoolProtocol.Quit)
                break;
            output.WriteLine(overlong
                ? $"{PoolProtocol.Error} {PoolProtocol.UnknownId} a request longer than {BoundedLine.MaxLength} characters; expected '{PoolProtocol.Run} <id> <workload> <size>' ({PoolProtocol.Version})"
                : Answer(line));
            output.Flush();
        }
        return 0;
    }

    private static string Answer(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] != PoolProtocol.Run || !long.TryParse(words[1], out _))
            return $"{PoolProtocol.Error} {PoolProtocol.UnknownId} not a request: '{Truncate(line)}'; expected '{PoolProtocol.Run} <id> <workload> <size>' ({PoolProtocol.Version})";
        var id = words[1];
        try
        {
            var request = WorkerRequest.Parse(words[2..]);
            return $"{PoolProtocol.Ok} {id} {request.Run()}";
        }
        catch (UsageException e)
        {
            return $"{PoolProtocol.Error} {id} {e.Message}";
        }
    }

    private static string Truncate(string line) => line.Length <= 80 ? line : line[..80] + "…";
}
