// Every benchmark in this project, with the scaling harness's job, columns, capacity probe, findings and page.
// `dotnet run -c Release --filter '*'`; `--workers 1,4,16` sets the worker counts; `--help` lists the rest.
return ConcurrencyBenchmarks.ScalingSuite.Run(args, typeof(Program).Assembly);
