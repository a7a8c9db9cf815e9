#!/usr/bin/env python3
"""Interleaved wall clock of whole `caviard` runs, for start-up work on a noisy machine.

Each round runs every variant once (the order rotated each round), so that a build starting
elsewhere slows all variants alike; hyperfine runs one command's runs after the other's.
Prints the median, mean, 10th/90th percentiles and minimum per variant, in ms.

usage: benches/interleaved.py ROUNDS FILE NAME=BIN[:VAR=VALUE...] ...
  e.g. chrt -f 50 benches/interleaved.py 400 /tmp/prompt-4KB.txt old=/tmp/caviard-old new=target/release/caviard
Runs `BIN redact FILE` with stdout to /dev/null (VAR=VALUE: extra environment); ten warm-up
rounds are not counted. `chrt -f 50` (root) keeps other processes from preempting the runs.
"""
import os
import statistics
import sys
import time


def main():
    rounds, path = int(sys.argv[1]), sys.argv[2]
    variants = []
    for arg in sys.argv[3:]:
        name, rest = arg.split("=", 1)
        binary, *extra = rest.split(":")
        env = dict(os.environ)
        env.update(e.split("=", 1) for e in extra)
        variants.append((name, binary, env))
    devnull = os.open(os.devnull, os.O_WRONLY)
    times = {name: [] for name, _, _ in variants}
    warm_up = 10
    for i in range(rounds + warm_up):
        k = i % len(variants)
        for name, binary, env in variants[k:] + variants[:k]:
            start = time.perf_counter_ns()
            pid = os.posix_spawn(
                binary,
                [binary, "redact", path],
                env,
                file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)],
            )
            os.waitpid(pid, 0)
            if i >= warm_up:
                times[name].append((time.perf_counter_ns() - start) / 1e6)
    for name, t in times.items():
        t.sort()
        print(
            f"{name:12} median {statistics.median(t):.2f}  mean {statistics.mean(t):.2f}  "
            f"p10 {t[len(t) // 10]:.2f}  p90 {t[len(t) * 9 // 10]:.2f}  min {t[0]:.2f} ms  (n={len(t)})"
        )


if __name__ == "__main__":
    main()
