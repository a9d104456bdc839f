#!/usr/bin/env python3
"""How noisy a pair is against how long one invocation takes, on this machine.

Starts two paired runners (`ab-runner`) of one build, pinned as `ab` pins them (one CPU for a single-threaded case,
all for the others), and invokes one case on them alternately (ABBA), 100 pairs per size after 5 warm-up pairs. Prints
a markdown table: per case and size, the median invocation, the robust SD (1.4826 x MAD) of the pairs' log-ratios and
of one side's log times, and the autocorrelation of one side's log times at the next pair and ten pairs later.

    python3 tools/invocation-length.py benchmarks/ConcurrencyBenchmarks/bin/Release/net10.0/ConcurrencyBenchmarks.dll
"""
import math
import os
import statistics as st
import subprocess
import sys

DLL = os.path.abspath(sys.argv[1])
CASES = [("*CrunchNumbersBenchmarks.Serial*", "1", "0"), ("*CrunchNumbersBenchmarks.Threads*", "2", "0,1")]
SIZES = ["5e7", "1e8", "2e8", "4e8"]
PAIRS = 100


def start(pattern, env, cpus):
    runner = subprocess.Popen(["taskset", "-c", cpus, "dotnet", DLL, "ab-runner", DLL, pattern], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    while runner.stdout.readline().strip() != "ready":
        pass
    return runner


def ask(runner, command):
    runner.stdin.write(command + "\n")
    runner.stdin.flush()
    return runner.stdout.readline().strip()


def invoke(runner):
    _, start_tick, end_tick = ask(runner, "invoke 0").split()
    return (int(end_tick) - int(start_tick)) / 1e6


def robust_sd(values):
    median = st.median(values)
    return 1.4826 * st.median([abs(v - median) for v in values])


def autocorrelation(values, lag):
    mean = st.mean(values)
    variance = sum((v - mean) ** 2 for v in values)
    return sum((values[i] - mean) * (values[i + lag] - mean) for i in range(len(values) - lag)) / variance


print("| case | iterations | one invocation (median) | per-pair noise | one side's noise | autocorrelation, next pair | ten pairs later |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for pattern, workers, cpus in CASES:
    for size in SIZES:
        env = dict(os.environ, CONCURRENCY_WORKERS=workers, CONCURRENCY_ITERATIONS=size)
        a, b = start(pattern, env, cpus), start(pattern, env, cpus)
        for runner in (a, b):
            ask(runner, "setup 0")
        for _ in range(5):
            invoke(a), invoke(b)
        ratios, logs, times = [], [], []
        for k in range(PAIRS):
            if k % 2 == 0:
                x, y = invoke(a), invoke(b)
            else:
                y, x = invoke(b), invoke(a)
            ratios.append(math.log(y / x))
            logs.append(math.log(x))
            times.append(x)
        for runner in (a, b):
            runner.stdin.write("exit\n")
            runner.stdin.flush()
            runner.wait()
        name = pattern.strip("*").split(".")[1]
        print(f"| {name}, {workers} worker{'s' if workers != '1' else ''} | {float(size):.0e} | {st.median(times):.1f} ms "
              f"| {robust_sd(ratios) * 100:.1f}% | {robust_sd(logs) * 100:.1f}% | {autocorrelation(logs, 1):.2f} "
              f"| {autocorrelation(logs, 10):.2f} |", flush=True)
