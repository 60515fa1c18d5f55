#!/usr/bin/python3
"""Summarizes a JSONL file of clusters on Dask and writes one summary JSON line
per cluster, in input order: what `precis batch` writes (each record with the
"line" it answers), computed by Dask workers.

usage: dask_batch.py IN.jsonl OUT.jsonl [--workers 2] [--scheduler tcp://host:8786]
                     [--partitions N] [--words 100] [--method default]

Without --scheduler it starts a distributed.LocalCluster of --workers
processes on this machine; with it, it uses that running Dask cluster (its
workers need the precis package importable, docs/PYTHON.md).
"""
import argparse
import json

import dask.bag
import distributed

import precis.dask


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--partitions", type=int, default=0, help="default: 4 per worker")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--method", default="default")
    args = parser.parse_args()

    with open(args.input, encoding="utf-8") as f:
        numbered = [(number, json.loads(line)) for number, line in enumerate(f, start=1)
                    if line.strip()]
    clusters = [cluster for _, cluster in numbered]
    if args.scheduler:
        client = distributed.Client(args.scheduler)
    else:
        client = distributed.Client(distributed.LocalCluster(
            n_workers=args.workers, threads_per_worker=1, dashboard_address=None))
    with client:
        partitions = args.partitions or 4 * max(1, len(client.scheduler_info()["workers"]))
        bag = dask.bag.from_sequence(clusters, npartitions=min(partitions, len(clusters)))
        lines = precis.dask.summarize_bag(bag, words=args.words, method=args.method).compute()
    with open(args.output, "w", encoding="utf-8") as f:
        for (number, _), line in zip(numbered, lines):
            record = json.loads(line)
            record["line"] = number
            f.write(json.dumps(record, ensure_ascii=False, sort_keys=True,
                               separators=(",", ":")) + "\n")
    print(f"{len(lines)} summaries written to {args.output}")


if __name__ == "__main__":
    main()
