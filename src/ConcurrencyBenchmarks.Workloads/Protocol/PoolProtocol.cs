using System.Globalization;

namespace ConcurrencyBenchmarks.Workloads.Protocol;

/// <summary>
/// The line protocol between a <c>ProcessPool</c> (Hosting) and a worker started with <c>serve</c>, one line each way:
/// <code>
/// worker: HELLO cbw/1 pid=1234 runtime=NativeAOT     once, when ready
/// pool:   RUN 7 sleep 100ms                          a job: an id and a worker command
/// worker: OK 7 slept 100ms                           its result, or: ERR 7 &lt;message&gt;
/// worker: ERR - &lt;message&gt;                            a line it could not read at all
/// pool:   QUIT                                       (or end of input): the worker exits 0
/// </code>
/// </summary>
public static class PoolProtocol
{
    public const string ServeCommand = "serve";
    public const string Version = "cbw/1";
    public const string Hello = "HELLO";
    public const string Run = "RUN";
    public const string Ok = "OK";
    public const string Error = "ERR";
    public const string Quit = "QUIT";
    public const string UnknownId = "-";

    public static string FormatHello(int processId, string runtime) => $"{Hello} {Version} pid={processId} runtime={runtime}";

    /// <param name="command">A worker command's text, e.g. <c>sleep 100ms</c>.</param>
    public static string FormatRun(long id, string command) =>
        $"{Run} {id.ToString(CultureInfo.InvariantCulture)} {command}";

    /// <summary>A reply: OK or ERR, the job id it answers, and the rest of the line.</summary>
    public sealed record Reply(bool IsOk, string Id, string Text);

    public static Reply? ParseReply(string line)
    {
        var parts = line.Split(' ', 3);
        if (parts.Length < 2 || (parts[0] != Ok && parts[0] != Error))
            return null;
        return new Reply(parts[0] == Ok, parts[1], parts.Length == 3 ? parts[2] : "");
    }
}
