namespace ConcurrencyBenchmarks.CommandLine;

/// <summary>What <c>--help</c> prints before BenchmarkDotNet's own options: the suite's commands and options.</summary>
public static class SuiteHelp
{
    public const string Text = """
        ConcurrencyBenchmarks: how .NET runs work side by side, every number held against the physical limit.

        Commands:
          --filter '*' [options]   run the suite (or a part: --filter '*OnlySleep*'); BenchmarkDotNet's options below
          tour [--python]          the seed tutorial's experiment, directly, in seconds
                                   options: --workers N, --sleep <duration>, --iterations N, --python-iterations N
          ab --base <git ref> [--head <git ref>] [--filter <glob>...] [--workers, --sleep, --iterations]
                                   two commits measured on this machine in pairs: each case's two builds invoked
                                   alternately on the same CPUs, so the host's drift cancels; verdicts from the
                                   pairs' interval: faster, slower, same or unsure
                                   options: --threshold 1.5%, --max-pairs 120, --seed N, --unpinned,
                                            --fail-on-regression, --format markdown|console, --output <file>;
                                   --rounds N [--quick]: whole runs of the suite in alternating rounds instead
          compare --base <dir|file> --diff <dir|file>
                                   what got faster or slower between two result sets, with statistics
                                   options: --threshold 5%, --noise 0.3ns, --filter <glob>, --top N, --full-id,
                                            --fail-on-regression, --allow-different-machines,
                                            --format markdown|console, --output <file>
          history add --results <dir> --to <history dir> [--commit <sha>] [--date <iso 8601>]
                                   keeps one run in a history folder (one file per machine)
          history report --from <history dir> --output <dir>
                                   history.html (trends, steps found by change-point detection) and history.md
          history simulate --shape <history dir>
                                   how the step detector fares on synthetic histories shaped like this one

        The suite's options (with any run; also as CONCURRENCY_WORKERS, CONCURRENCY_SLEEP, CONCURRENCY_ITERATIONS):
          --workers <1,2,4,...>    worker counts (default 1,2,4,8,16; 1 to 256)
          --sleep <duration>       how long an OnlySleep worker sleeps (default 100ms; us, ms, s, min)
          --iterations <n>         how far a CrunchNumbers worker counts (default 400000000; 4e8 works)
          --inProcess              (BenchmarkDotNet's) run in this process: needs only the .NET runtime, no SDK

        Exit codes: 0 every case ran; 1 a case or validation failed (or compare --fail-on-regression found a
        regression); 2 bad arguments or input, with one line saying which.

        BenchmarkDotNet's options:
        """;
}
