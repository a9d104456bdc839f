// Process tests count this process's children, and the machine has two cores: run tests one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
