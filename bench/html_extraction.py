#!/usr/bin/python3
"""Precis's reading of web pages on a public article-extraction benchmark: how much of
each page's article body reaches Precis, and how much else does.

The benchmark is Zyte's article-extraction-benchmark
(https://github.com/scrapinghub/article-extraction-benchmark): 181 news and blog pages
(html/*.html.gz) and the article body a person marked on each (ground-truth.json). Its
path is the argument; nothing of it is kept here. Each page goes through `precis segment
--input html` (the cleaned sentences, the text every method summarizes), and the
sentences, one a line, are scored as the benchmark scores an extractor:
  - a text's shingles are its runs of four consecutive word tokens (\\w+);
  - per page, shingles in both texts are true positives, shingles only in the output
    false positives, shingles only in the body false negatives (counted with
    multiplicity), the three normalized to sum to one;
  - precision and recall are means over pages, F1 their harmonic mean; exact is the
    share of pages whose tokens equal the body's.
With --peers, the outputs of other extractors that the benchmark stores (output/*.json)
are scored the same way in the same run.

usage: /usr/bin/python3 bench/html_extraction.py build/apps/cli/precis BENCHMARK_CHECKOUT
           [--peers] [--verbose] [--timeout SECONDS]
"""
import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import time

TOKEN = re.compile(r"\w+")


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    # A text shorter than a shingle is one shingle of all its tokens.
    runs = [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return collections.Counter(r for r in runs if r)


def page_score(body, output):
    """(tp, fp, fn) of one page, normalized to sum to one, and whether the tokens match."""
    want, got = shingles(body), shingles(output)
    tp = sum(min(want[k], got[k]) for k in want.keys() | got.keys())
    fp = sum(max(0, got[k] - want[k]) for k in got)
    fn = sum(max(0, want[k] - got[k]) for k in want)
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return (tp, fp, fn), TOKEN.findall(body or "") == TOKEN.findall(output or "")


def precision(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def recall(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score(bodies, outputs):
    """F1, precision, recall, exact over the pages of `bodies` (outputs: id -> text)."""
    counts, exact = [], 0
    for key, body in bodies.items():
        c, same = page_score(body, outputs.get(key, ""))
        counts.append(c)
        exact += same
    p = [precision(*c) for c in counts if c[0] + c[1] > 0]
    r = [recall(*c) for c in counts if c[0] + c[2] > 0]
    mp, mr = sum(p) / len(p), sum(r) / len(r)
    f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
    return {"f1": f1, "precision": mp, "recall": mr, "exact": exact / len(bodies)}


def run_precis(binary, html_dir, keys, timeout):
    """Page id -> the sentences Precis reads from it; and the failures, with their message."""
    outputs, failures = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for key in keys:
            path = os.path.join(tmp, key + ".html")
            with gzip.open(os.path.join(html_dir, key + ".html.gz"), "rb") as f, \
                    open(path, "wb") as out:
                out.write(f.read())
            try:
                run = subprocess.run([binary, "segment", "--input", "html", path],
                                     capture_output=True, text=True, timeout=timeout)
            except subprocess.TimeoutExpired:
                failures[key] = f"timeout after {timeout} s"
                continue
            if run.returncode != 0:
                failures[key] = (run.stderr.strip().splitlines() or ["no message"])[0]
                continue
            outputs[key] = run.stdout
            os.remove(path)
    return outputs, failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary", help="the precis command")
    parser.add_argument("benchmark", help="a checkout of article-extraction-benchmark")
    parser.add_argument("--peers", action="store_true", help="also score the stored outputs")
    parser.add_argument("--verbose", action="store_true", help="print the ten worst pages")
    parser.add_argument("--timeout", type=float, default=60, help="seconds per page")
    args = parser.parse_args()
    truth_path = os.path.join(args.benchmark, "ground-truth.json")
    html_dir = os.path.join(args.benchmark, "html")
    if not os.path.isfile(truth_path) or not os.path.isdir(html_dir):
        sys.exit(f"{args.benchmark}: no ground-truth.json and html/: not the benchmark")
    with open(truth_path, encoding="utf-8") as f:
        bodies = {k: v.get("articleBody", "") for k, v in json.load(f).items()}
    missing = [k for k in bodies if not os.path.isfile(os.path.join(html_dir, k + ".html.gz"))]
    if missing:
        sys.exit(f"{len(missing)} pages of ground-truth.json have no html/ID.html.gz")

    start = time.monotonic()
    outputs, failures = run_precis(args.binary, html_dir, sorted(bodies), args.timeout)
    seconds = time.monotonic() - start
    for key, message in sorted(failures.items()):
        print(f"failed: {key}: {message}")
    # The check before the figures: a page that gives no text is a failure, not a score.
    if len(outputs) < len(bodies) * 0.9:
        sys.exit(f"only {len(outputs)} of {len(bodies)} pages read: not scored")

    rows = [("precis", score(bodies, outputs))]
    if args.peers:
        out_dir = os.path.join(args.benchmark, "output")
        for name in sorted(os.listdir(out_dir)) if os.path.isdir(out_dir) else []:
            if not name.endswith(".json"):
                continue
            with open(os.path.join(out_dir, name), encoding="utf-8") as f:
                data = json.load(f)
            if set(data) == {"version", "output"}:
                data = data["output"]
            if data.keys() != bodies.keys():
                continue  # An output for other pages: not comparable.
            rows.append((name[:-5], score(bodies, {k: v.get("articleBody", "") or ""
                                                   for k, v in data.items()})))
    rows.sort(key=lambda row: -row[1]["f1"])
    print(f"{len(bodies)} pages, {len(failures)} failed; precis: {seconds:.1f} s in all")
    print(f"{'extractor':<22} {'F1':>6} {'precision':>10} {'recall':>8} {'exact':>7}")
    for name, m in rows:
        print(f"{name:<22} {m['f1']:6.3f} {m['precision']:10.3f} {m['recall']:8.3f} "
              f"{m['exact']:7.3f}")
    if args.verbose:
        worst = sorted(bodies, key=lambda k: sum(page_score(bodies[k], outputs.get(k, ""))[0][:1]))
        for key in worst[:10]:
            (tp, fp, fn), _ = page_score(bodies[key], outputs.get(key, ""))
            print(f"{key}: precision {precision(tp, fp, fn):.2f} recall {recall(tp, fp, fn):.2f}")


if __name__ == "__main__":
    main()
