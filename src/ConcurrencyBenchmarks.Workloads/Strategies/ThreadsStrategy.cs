namespace ConcurrencyBenchmarks.Workloads.Strategies;

/// <summary>One dedicated thread per worker, all started, then all joined (the seed's <c>threading.Thread</c>).</summary>
public sealed class ThreadsStrategy : IActionStrategy
{
    public static readonly ThreadsStrategy Instance = new();

    public string Name => "Threads";

    public int Order => 1;

    public string? SeedCounterpart => "threading.Thread";

    public void Run(int workers, Action<int> worker)
    {
        WorkerCount.Validate(workers);
        var threads = new Thread[workers];
        var failures = new Exception?[workers];
        for (var i = 0; i < workers; i++)
        {
            var index = i;
            threads[i] = new Thread(() =>
            {
                // An exception on a plain thread would kill the process: carry it to the caller instead.
                try { worker(index); }
                catch (Exception e) { failures[index] = e; }
            })
            { Name = $"Worker-{i}", IsBackground = true };
        }
        foreach (var thread in threads)
            thread.Start();
        foreach (var thread in threads)
            thread.Join();

        var thrown = failures.OfType<Exception>().ToArray();
        if (thrown.Length > 0)
            throw new AggregateException(thrown);
    }
}
