"""The concurrency tutorial's experiment in CPython, for the .NET tour to set beside its own results.

First prints one line 'INTERPRETER <json>': which Python this is and whether its GIL is on. Then runs
only_sleep and crunch_numbers on N workers serially, on threads and on processes, prints the tutorial's
line for every worker, then one line 'RESULT <json>' with the wall times in seconds.
"""
import argparse
import json
import multiprocessing
import os
import platform
import sys
import sysconfig
import threading
import time


def interpreter():
    # sys._is_gil_enabled exists from 3.13 on; every CPython before it holds the GIL (None says "not asked").
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    return {"implementation": platform.python_implementation(),
            "version": platform.python_version(),
            "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
            "gil_enabled": is_gil_enabled() if is_gil_enabled else None}


def who():
    return (f"PID: {os.getpid()}, Process Name: {multiprocessing.current_process().name}, "
            f"Thread Name: {threading.current_thread().name}")


def only_sleep(seconds):
    print(who(), flush=True)
    time.sleep(seconds)


def crunch_numbers(iterations):
    print(who(), flush=True)
    # Each worker counts to a limit of its own, as the tutorial's literal 10**7 is one. A free-threaded CPython keeps
    # an object's reference count per owning thread; every other thread's update is an atomic operation on one
    # shared cache line. One int made by argparse and read by every thread at every step made threads count slower
    # than one alone (docs/tour.md); a literal is immortal, so the tutorial never showed it.
    limit = int(str(iterations))
    x = 0
    while x < limit:
        x += 1


def serial(target, arg, workers):
    for _ in range(workers):
        target(arg)


def threads(target, arg, workers):
    started = [threading.Thread(target=target, args=(arg,)) for _ in range(workers)]
    for thread in started:
        thread.start()
    for thread in started:
        thread.join()


def processes(target, arg, workers):
    started = [multiprocessing.Process(target=target, args=(arg,)) for _ in range(workers)]
    for process in started:
        process.start()
    for process in started:
        process.join()
        if process.exitcode != 0:
            raise SystemExit(f"worker {process.name} exited with code {process.exitcode}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--sleep-seconds", type=float, default=1.0)
    parser.add_argument("--iterations", type=int, default=10**7)
    args = parser.parse_args()
    print("INTERPRETER " + json.dumps(interpreter()), flush=True)

    # Counting is timed three times and the fastest kept, as timeit does; sleeping needs no CPU, once is enough.
    results = {}
    for workload, target, arg, repeats in (("OnlySleep", only_sleep, args.sleep_seconds, 1),
                                           ("CrunchNumbers", crunch_numbers, args.iterations, 3)):
        results[workload] = {}
        for name, strategy in (("Serial", serial), ("Threads", threads), ("Processes", processes)):
            times = []
            for _ in range(repeats):
                print(f"-- {workload}, {name}", flush=True)
                start = time.perf_counter()
                strategy(target, arg, args.workers)
                times.append(time.perf_counter() - start)
            results[workload][name] = min(times)
    print("RESULT " + json.dumps(results), flush=True)


if __name__ == "__main__":
    main()
