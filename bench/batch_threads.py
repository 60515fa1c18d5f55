#!/usr/bin/python3
"""Whole-process `precis batch` time on one and two threads, programs alternated.

Each round runs every program once for every method and thread count, so that the
machine's slower and faster phases fall on all of them alike. Prints, per method and
program, the median and the fastest seconds on each thread count and the speed-up of
the most threads over one (medians; fastest runs in parentheses).

usage: /usr/bin/python3 bench/batch_threads.py DATA.jsonl PRECIS [PRECIS...]
           [--methods centroid,lexrank,textrank] [--threads 1,2] [--rounds 9]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("programs", nargs="+")
    parser.add_argument("--methods", default="centroid,lexrank,textrank")
    parser.add_argument("--threads", default="1,2")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    methods = [m for m in args.methods.split(",") if m]
    threads = [int(t) for t in args.threads.split(",") if t]
    if not os.path.isfile(args.data):
        parser.error(f"{args.data}: no such file")
    if args.rounds < 1 or not methods or not threads or min(threads) < 1:
        parser.error("--rounds, --methods and --threads need at least one positive value")
    for program in args.programs:
        if not os.access(program, os.X_OK):
            parser.error(f"{program}: not an executable")

    seconds = {}
    for _ in range(args.rounds):
        for method in methods:
            for t in threads:
                for program in args.programs:
                    command = [program, "batch", "--in", args.data, "--method", method,
                               "--threads", str(t)]
                    start = time.monotonic()
                    run = subprocess.run(command, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.PIPE, text=True)
                    elapsed = time.monotonic() - start
                    if run.returncode != 0:
                        sys.exit(f"{' '.join(command)}: exit {run.returncode}: "
                                 f"{(run.stderr.strip().splitlines() or [''])[0]}")
                    seconds.setdefault((method, t, program), []).append(elapsed)

    for method in methods:
        for program in args.programs:
            cells = []
            for t in threads:
                times = seconds[(method, t, program)]
                cells.append(f"{t} thread(s) {statistics.median(times):.3f} s "
                             f"({min(times):.3f})")
            one, most = seconds[(method, threads[0], program)], seconds[(method, threads[-1], program)]
            speed_up = statistics.median(one) / statistics.median(most)
            fastest = min(one) / min(most)
            print(f"{method:9} {program}: {', '.join(cells)}; {threads[-1]} over {threads[0]}: "
                  f"{speed_up:.2f}x ({fastest:.2f}x)")


if __name__ == "__main__":
    main()
