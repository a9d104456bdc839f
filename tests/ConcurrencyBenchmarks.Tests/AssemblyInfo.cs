// Process tests count this process's children, and the machine has two cores: run tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// ...and the collection that loads the whole machine (ab end to end) after every other one.
[assembly: TestCollectionOrderer("ConcurrencyBenchmarks.Tests.Support.WholeMachineLast", "ConcurrencyBenchmarks.Tests")]
