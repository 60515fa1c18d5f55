#!/usr/bin/python3
"""What the Python call adds over the C++ library: the Multi-News sample
summarized (1) by `precis batch --threads 1` (one process, the library called
from C++), (2) by `precis.summarize_many(threads=1)` and (3) by a Python loop
of `precis.summarize`, after checking that all three give the same JSON lines.
Medians of --runs runs, in seconds, and the ratios to (1).

usage: PYTHONPATH=build/python /usr/bin/python3 bench/python_overhead.py \\
           build/apps/cli/precis ../shared/data/multinews_sample/validation.jsonl [--runs 5]
"""
import argparse
import json
import statistics
import subprocess
import time

import precis


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("dataset")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with open(args.dataset, encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()]

    def cli():
        return subprocess.run([args.binary, "batch", "--in", args.dataset, "--threads", "1"],
                              capture_output=True, text=True, check=True).stdout.splitlines()

    def many():
        return [s.to_json() for s in precis.summarize_many(clusters, threads=1)]

    def loop():
        return [precis.summarize(c["documents"], id=c["id"]).to_json() for c in clusters]

    runs = {"precis batch --threads 1": cli, "precis.summarize_many(threads=1)": many,
            "loop of precis.summarize": loop}
    def without_line(lines):
        # `precis batch` also names each record's input line.
        records = [json.loads(line) for line in lines]
        for record in records:
            record.pop("line", None)
        return records

    outputs = {name: without_line(run()) for name, run in runs.items()}
    first = next(iter(outputs.values()))
    for name, out in outputs.items():
        if out != first:
            raise SystemExit(f"{name} gives other summaries than the command line")
    base = None
    print(f"{len(clusters)} clusters, median of {args.runs} runs")
    for name, run in runs.items():
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            run()
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        base = base or median
        print(f"{name:36} {median:7.3f} s  {median / base:5.2f}x")


if __name__ == "__main__":
    main()
