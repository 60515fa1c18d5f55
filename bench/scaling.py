#!/usr/bin/python3
"""How `precis summarize` time and memory grow with the size of one cluster.

For each size, one cluster is made of the documents of the first clusters of
a JSONL dataset: size K means K Multi-News clusters' worth (1x, 10x, 100x,
1000x ...), and --articles adds clusters of exactly that many documents
(e.g. 10000). Each method summarizes each cluster to --words words as one
whole process (`precis summarize FILE --method M --words W --format json`);
the output is checked first (a summary within the budget, every sentence
found in the input, its span giving back its text), then the process is
timed (wall clock around the process, median of --runs; one run from
--single-run-docs documents up) with its peak resident memory
(/usr/bin/time %M).

The growth exponent of a method is the slope of log(seconds) against
log(documents), least squares over the sizes from --fit-from documents up:
1.0 is linear. Below a few hundred documents the process's fixed cost
(start-up, about 5 ms) hides the growth, so the fit leaves the smallest
sizes out by default; the table shows every size.

usage: /usr/bin/python3 bench/scaling.py PRECIS DATASET.jsonl
           [--multiples 1,10,100,1000] [--articles 10000] [--methods a,b,...]
           [--words 100] [--runs 3] [--fit-from 100] [--timeout 120]

e.g. /usr/bin/python3 bench/scaling.py build/apps/cli/precis \\
         ../shared/data/multinews_truncated/validation.jsonl --articles 10000
"""
import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata


def squeeze(text):
    """NFC with runs of white space as one space, for comparing texts."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def read_documents(path, limit):
    """The documents of the dataset's clusters in order, and the number of
    clusters they came from, up to `limit` documents."""
    docs, clusters = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            clusters += 1
            for d in cluster["documents"]:
                docs.append({"id": f"{cluster['id']}/{d['id']}", "text": d["text"]})
            if len(docs) >= limit:
                break
    return docs, clusters


def check(output, documents, words):
    """Raises ValueError unless `output` is a sound summary of `documents`."""
    summary = json.loads(output)
    sentences = summary["sentences"]
    if not sentences:
        raise ValueError("empty summary")
    total = sum(len(s["text"].split()) for s in sentences)
    if total > words:
        raise ValueError(f"{total} words for a budget of {words}")
    by_id = {d["id"]: d["text"] for d in documents}
    for s in sentences:
        text = by_id.get(s["doc"])
        if text is None:
            raise ValueError(f"unknown document {s['doc']}")
        start, end = s["start"], s["end"]
        source = text.encode("utf-8")[start:end].decode("utf-8", "replace")
        if squeeze(s["text"])[:20] not in squeeze(source):
            raise ValueError(f"the span of a sentence of {s['doc']} does not give it back")


def run(precis, path, method, words, timeout):
    """(seconds, peak MB, stdout) of one whole `precis summarize` process."""
    command = ["/usr/bin/time", "-f", "%M", precis, "summarize", path, "--method", method,
               "--words", str(words), "--format", "json"]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{method}: exit {done.returncode}: {done.stderr.strip()}")
    kilobytes = int(done.stderr.strip().splitlines()[-1])
    return seconds, kilobytes / 1024.0, done.stdout


def exponent(points):
    """Least-squares slope of log(y) against log(x)."""
    xs = [math.log(x) for x, _ in points]
    ys = [math.log(max(y, 1e-4)) for _, y in points]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("precis")
    parser.add_argument("dataset")
    parser.add_argument("--multiples", default="1,10,100,1000")
    parser.add_argument("--articles", default="", help="extra sizes, in documents")
    parser.add_argument("--methods", default="")
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--single-run-docs", type=int, default=1000)
    parser.add_argument("--fit-from", type=int, default=100,
                        help="smallest cluster (documents) in the exponent's fit")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args()

    methods = (args.methods.split(",") if args.methods else
               subprocess.run([args.precis, "methods"], capture_output=True, text=True,
                              check=True).stdout.split())
    multiples = [int(m) for m in args.multiples.split(",") if m]
    articles = [int(a) for a in args.articles.split(",") if a]

    # Sizes in documents: K clusters' worth for each multiple K, then --articles.
    sizes = []
    with open(args.dataset, encoding="utf-8") as f:
        per_cluster = [len(json.loads(line)["documents"]) for line in f]
    for k in multiples:
        sizes.append((f"{k}x", sum(per_cluster[:k])))
    for a in articles:
        sizes.append((f"{a} articles", a))
    documents, _ = read_documents(args.dataset, max(n for _, n in sizes))
    if len(documents) < max(n for _, n in sizes):
        sys.exit(f"scaling.py: the dataset has only {len(documents)} documents")

    with tempfile.TemporaryDirectory() as work:
        files = {}
        for label, n in sizes:
            path = os.path.join(work, f"{n}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": f"first-{n}", "documents": documents[:n]}) + "\n")
            files[label] = (path, n, os.path.getsize(path))

        print(f"`bench/scaling.py {args.precis} {args.dataset}`, {args.words} words, "
              f"median of {args.runs} runs below {args.single_run_docs} documents\n")
        header = "| method | " + " | ".join(
            f"{label} ({n} docs, {size / 1e6:.1f} MB)" for label, (_, n, size) in files.items())
        print(header + f" | exponent, time (from {args.fit_from} docs) | exponent, memory |")
        print("| --- " * (len(files) + 3) + "|")
        for method in methods:
            cells, time_points, memory_points = [], [], []
            for label, (path, n, _) in files.items():
                try:
                    seconds, mb, output = run(args.precis, path, method, args.words, args.timeout)
                    check(output, documents[:n], args.words)
                    runs = [seconds]
                    for _ in range(args.runs - 1 if n < args.single_run_docs else 0):
                        runs.append(run(args.precis, path, method, args.words, args.timeout)[0])
                    seconds = statistics.median(runs)
                except subprocess.TimeoutExpired:
                    cells.append("timeout")
                    continue
                except (RuntimeError, ValueError) as e:
                    cells.append(f"failed: {e}")
                    continue
                cells.append(f"{seconds:.3f} s, {mb:.0f} MB")
                if n >= args.fit_from:
                    time_points.append((n, seconds))
                    memory_points.append((n, mb))
            fit = (f"{exponent(time_points):.2f}" if len(time_points) >= 2 else "-",
                   f"{exponent(memory_points):.2f}" if len(memory_points) >= 2 else "-")
            print(f"| {method} | " + " | ".join(cells) + f" | {fit[0]} | {fit[1]} |",
                  flush=True)


if __name__ == "__main__":
    main()
