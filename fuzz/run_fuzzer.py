#!/usr/bin/python3
"""Runs one libFuzzer target: first on every input under --regressions (each
a crash once found, named after its bug), then for --seconds from a corpus
seeded with the bundled example, written in the target's input format.

usage: run_fuzzer.py FUZZER NAME --seconds S --examples DIR
                     [--regressions DIR] [--corpus DIR]

Without --corpus the corpus lives in a temporary directory; `make fuzz`
keeps one per target in the build tree, so that long runs build on each
other. A crashing input is written as NAME-crash-* beside the corpus (in
the working directory for a temporary one) and makes the run fail.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile


def example_documents(examples):
    docs = []
    for name in sorted(os.listdir(examples)):
        with open(os.path.join(examples, name), encoding="utf-8") as f:
            docs.append((os.path.splitext(name)[0], f.read()))
    return docs


def seeds(name, docs):
    """Inputs in the target's format, made from the example documents."""
    texts = [text for _, text in docs]
    first = texts[0]
    cluster = {"id": "sony-hack", "documents": [{"id": i, "text": t} for i, t in docs]}
    html = ("<!DOCTYPE html><html><head><title>Sony hack</title><script>var x;</script></head>"
            "<body><nav><a href='/'>Home</a></nav><article><h1>Sony hack</h1>" +
            "".join(f"<p>{p}</p>" for p in first.split("\n\n")) +
            "</article><footer>Comments</footer></body></html>")
    duc = "".join(f"<DOC>\n<DOCNO> {i} </DOCNO>\n<HEADLINE> Sony </HEADLINE>\n<TEXT>\n<P>\n"
                  f"{t.replace('&', '&amp;')}\n</P>\n</TEXT>\n</DOC>\n" for i, t in docs)
    multinews = " ||||| ".join(t.replace("\n", " NEWLINE_CHAR ") for t in texts)
    out = {
        "text_document": [b"\0" + t.encode() for t in texts] + [b"\1" + first.encode()],
        "html_document": [b"\0" + html.encode(), b"\1<p>One. Two.</p>"],
        "jsonl_line": [json.dumps(cluster).encode(),
                       json.dumps({"documents": texts[:2]}).encode(),
                       json.dumps({"id": 7, "documents": [{"html": html}]}).encode()],
        "multinews_line": [multinews.encode()],
        "duc_file": [duc.encode()],
        "clean": [t.encode() for t in texts],
        "segment": [t.encode() for t in texts] + [b"Mr. Smith went to the U.S. on Dec. 25. "
                                                  b"He said \"yes.\" Then he left."],
        "rouge_request": [
            json.dumps({"system": texts[0][:400], "references": [texts[1][:400]]}).encode(),
            json.dumps({"items": [{"id": "a", "system": ["One sentence.", "Two."],
                                   "references": [texts[2][:300], texts[1][:300]]}],
                        "metrics": "1,2,L,SU4", "stem": True, "resamples": 10}).encode()],
        "rouge_files": [
            b"\0" + json.dumps({"id": "a", "summary": texts[0][:400]}).encode() + b"\n\0" +
            json.dumps({"id": "a", "summaries": [texts[1][:400], [texts[2][:200], "Two."]]}).encode(),
            b"\3" + json.dumps({"id": "a", "sentences": [{"text": "One."}]}).encode() + b"\n" +
            json.dumps({"id": "b", "summary": ["x y", "z"]}).encode() + b"\0" +
            json.dumps({"id": "a", "summaries": ["One two."]}).encode(),
            b"\4" + texts[0][:300].encode() + b"\0" +
            json.dumps({"id": "item", "summaries": [texts[1][:300]]}).encode()],
        "analyze_cluster": [b"\0" + "\0".join(texts).encode(),
                            ("\1``We regret it,'' Sony said after Monday's vote.\0"
                             "Sony said \"We regret it\" after the vote on Tuesday.\0"
                             "\u201cWe regret it,\u201d said Rep. Ann Lee, adding, \u201cno.\u201d"
                             ).encode()],
        "http_request": [b"\1\3" + json.dumps(cluster).encode(),
                         b"\1\4" + json.dumps(cluster).encode(),
                         b"\1\5" + json.dumps({"system": "a b", "references": ["a c"]}).encode(),
                         b"\0\2", b"\0\0"],
    }
    return out[name]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("fuzzer")
    parser.add_argument("name")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--examples", required=True)
    parser.add_argument("--regressions")
    parser.add_argument("--corpus")
    args = parser.parse_args()

    options = ["-rss_limit_mb=2048", "-timeout=10", "-max_len=65536", "-print_final_stats=1"]
    regressions = []
    if args.regressions and os.path.isdir(args.regressions):
        regressions = [os.path.join(args.regressions, f) for f in sorted(os.listdir(args.regressions))]
    if regressions:
        result = subprocess.run([args.fuzzer] + options + regressions)
        if result.returncode != 0:
            sys.exit(f"{args.name}: a regression input fails again")
        print(f"{args.name}: {len(regressions)} regression inputs pass")

    temporary = None
    corpus = args.corpus
    if corpus is None:
        temporary = tempfile.mkdtemp(prefix=f"precis-fuzz-{args.name}-")
        corpus = os.path.join(temporary, "corpus")
    os.makedirs(corpus, exist_ok=True)
    for i, seed in enumerate(seeds(args.name, example_documents(args.examples))):
        with open(os.path.join(corpus, f"seed-{i}"), "wb") as f:
            f.write(seed)
    # Crashing inputs are kept beside the corpus, or in the working directory
    # (the build tree under ctest) when the corpus is temporary.
    artifacts = os.path.join(os.getcwd() if temporary else
                             os.path.dirname(os.path.abspath(corpus)), f"{args.name}-")
    try:
        result = subprocess.run([args.fuzzer] + options +
                                [f"-max_total_time={args.seconds}",
                                 f"-artifact_prefix={artifacts}", corpus])
    finally:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
    if result.returncode != 0:
        sys.exit(f"{args.name}: the fuzzer found a failing input (see above)")


if __name__ == "__main__":
    main()
