using ConcurrencyBenchmarks.Worker;
using ConcurrencyBenchmarks.Workloads;
using ConcurrencyBenchmarks.Workloads.Protocol;

// Exit codes: 0 done, 2 bad arguments (one line on stderr).
if (args is [PoolProtocol.ServeCommand])
    return WorkerServer.Serve(Console.In, Console.Out);

WorkerRequest request;
try
{
    request = WorkerRequest.Parse(args);
}
catch (UsageException e)
{
    Console.Error.WriteLine($"ConcurrencyBenchmarks.Worker: {e.Message}");
    return 2;
}
if (request.Who)
    Console.WriteLine(WorkerIdentity.Current());
Console.WriteLine(request.Run());
return 0;
