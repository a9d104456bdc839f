using ConcurrencyBenchmarks.Workloads.Protocol;

namespace ConcurrencyBenchmarks.Hosting;

/// <summary>What a pool makes of its workers' lines (see <see cref="PoolProtocol"/>): a greeting, or a job's result.</summary>
internal static class PoolReplies
{
    /// <summary>The runtime a worker's greeting names (NativeAOT or JIT); throws for anything but a greeting of this protocol version.</summary>
    public static string Runtime(WorkerProcess worker, string? line)
    {
        var words = line?.Split(' ') ?? [];
        if (words.Length < 4 || words[0] != PoolProtocol.Hello || words[1] != PoolProtocol.Version)
            throw new InvalidOperationException(
                $"worker {worker.Worker} (pid {worker.Id}) greeted with '{line}', expected '{PoolProtocol.Hello} {PoolProtocol.Version} …': is it a different version of the worker?");
        return words[3]["runtime=".Length..];
    }

    /// <summary>The result of job <paramref name="id"/>; throws when the worker rejected it or answered something else.</summary>
    public static string Result(WorkerProcess worker, long id, string? line)
    {
        var reply = line is null ? null : PoolProtocol.ParseReply(line);
        if (reply is not null && reply.IsOk && reply.Id == id.ToString())
            return reply.Text;
        throw new InvalidOperationException(reply is { IsOk: false }
            ? $"worker {worker.Worker} (pid {worker.Id}) rejected job {id}: {reply.Text}"
            : $"worker {worker.Worker} (pid {worker.Id}) answered job {id} with '{line}'");
    }
}
