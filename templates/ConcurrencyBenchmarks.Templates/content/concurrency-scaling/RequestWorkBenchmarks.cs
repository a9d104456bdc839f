using System.Security.Cryptography;
using ConcurrencyBenchmarks;

namespace MyScaling;

/// <summary>
/// An example of work that computes and waits, as a request does: each worker handles 10 requests, each of which
/// hashes a buffer (computing) and then waits 5 ms (a database, a service). Replace both with your own work: the
/// harness measures how much of it computes and holds every strategy against the ideal for that share.
/// </summary>
public class RequestWorkBenchmarks : AsyncScalingBenchmarks
{
    private const int Requests = 10;
    private static readonly TimeSpan Wait = TimeSpan.FromMilliseconds(5);

    private readonly byte[] _payload = new byte[4 << 20];

    protected override void Prepare() => Random.Shared.NextBytes(_payload);

    // Serial, Threads, ThreadPool and ParallelFor run this form: the thread waits, as blocking code does.
    protected override void Work(int worker)
    {
        for (var request = 0; request < Requests; request++)
        {
            Compute();
            Thread.Sleep(Wait);
        }
    }

    // Async and ForEachAsync run this form: the wait gives its thread back.
    protected override async Task WorkAsync(int worker)
    {
        for (var request = 0; request < Requests; request++)
        {
            Compute();
            await Task.Delay(Wait);
        }
    }

    private void Compute() => SHA256.HashData(_payload);
}
