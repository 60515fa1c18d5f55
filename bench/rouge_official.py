#!/usr/bin/python3
"""Whole-process comparison of `precis eval` with the official ROUGE-1.5.5 script.

Writes the system summaries and references in the script's SPL format, runs
both scorers on the same summaries, checks that every per-summary value agrees
to the 5 printed decimals, and only then reports the wall-clock time of each.

usage: bench/rouge_official.py PRECIS_BINARY ROUGE_HOME SYSTEM.jsonl REFERENCES.jsonl
           [--limit N] [--stem] [--words N] [--runs K]

ROUGE_HOME is a ROUGE-1.5.5 directory (ROUGE-1.5.5.pl and data/, with its
WordNet exception database built for the local Perl); it stays outside this
repository. SYSTEM.jsonl is what `precis batch` writes; REFERENCES.jsonl a
development set file.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time


def sentences_of(precis, text_or_list):
    if isinstance(text_or_list, list):
        return [s["text"] if isinstance(s, dict) else s for s in text_or_list]
    run = subprocess.run([precis, "segment", "-", "--format", "json"], input=text_or_list,
                         capture_output=True, text=True, check=True)
    return [json.loads(l)["text"] for l in run.stdout.splitlines()]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("precis")
    parser.add_argument("rouge_home")
    parser.add_argument("system")
    parser.add_argument("references")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--stem", action="store_true")
    parser.add_argument("--words", type=int, default=0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    systems = {}
    with open(args.system, encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            if "sentences" in j:
                systems[j["id"]] = [s["text"] for s in j["sentences"]]
    references = {}
    with open(args.references, encoding="utf-8") as f:
        for line in f:
            j = json.loads(line)
            if j["id"] in systems:
                references[j["id"]] = j["summaries"]
    ids = [i for i in systems if i in references and systems[i]]
    if args.limit:
        ids = ids[:args.limit]

    work = tempfile.mkdtemp(prefix="rouge-bench-")
    # References as SPL need sentences: split them with Precis, once, and
    # give both scorers the same sentence lists.
    sys_jsonl = os.path.join(work, "sys.jsonl")
    ref_jsonl = os.path.join(work, "refs.jsonl")
    config = ['<ROUGE_EVAL version="1.5.5">']
    with open(sys_jsonl, "w", encoding="utf-8") as sf, open(ref_jsonl, "w", encoding="utf-8") as rf:
        for n, i in enumerate(ids):
            peer = os.path.join(work, f"{n}.sys")
            with open(peer, "w", encoding="utf-8") as f:
                f.write("\n".join(systems[i]) + "\n")
            sf.write(json.dumps({"id": i, "summary": systems[i]}) + "\n")
            models, ref_lists = [], []
            for k, ref in enumerate(references[i]):
                sents = [s for s in sentences_of(args.precis, ref) if s.strip()]
                ref_lists.append(sents)
                path = os.path.join(work, f"{n}.ref{k}")
                with open(path, "w", encoding="utf-8") as f:
                    f.write("\n".join(sents) + "\n")
                models.append(f'<M ID="{k}">{os.path.basename(path)}</M>')
            rf.write(json.dumps({"id": i, "summaries": ref_lists}) + "\n")
            config.append(f'<EVAL ID="{n}"><PEER-ROOT>{work}</PEER-ROOT><MODEL-ROOT>{work}'
                          f'</MODEL-ROOT><INPUT-FORMAT TYPE="SPL"></INPUT-FORMAT><PEERS>'
                          f'<P ID="S">{os.path.basename(peer)}</P></PEERS><MODELS>'
                          + "".join(models) + "</MODELS></EVAL>")
    config.append("</ROUGE_EVAL>")
    config_path = os.path.join(work, "config.xml")
    with open(config_path, "w", encoding="utf-8") as f:
        f.write("\n".join(config))

    script = [os.path.join(args.rouge_home, "ROUGE-1.5.5.pl"), "-e",
              os.path.join(args.rouge_home, "data"), "-n", "2", "-2", "4", "-u", "-c", "95",
              "-r", "1", "-f", "A", "-p", "0.5", "-t", "0", "-d", "-a"]
    precis = [args.precis, "eval", "--system", sys_jsonl, "--references", ref_jsonl,
              "--metrics", "1,2,L,SU4", "--per-summary"]
    if args.stem:
        script.append("-m")
        precis.append("--stem")
    if args.words:
        script += ["-l", str(args.words)]
        precis += ["--words", str(args.words)]
    script.append(config_path)

    official = subprocess.run(["perl"] + script, capture_output=True, text=True, check=True)
    expected = {}
    for line in official.stdout.splitlines():
        m = re.match(r"S (ROUGE-\S+) Eval (\d+)\.S R:(\S+) P:(\S+) F:(\S+)", line)
        if m:
            expected[(ids[int(m.group(2))], m.group(1))] = tuple(float(x) for x in m.group(3, 4, 5))
    ours = subprocess.run(precis, capture_output=True, text=True, check=True)
    mismatches = 0
    for line in ours.stdout.splitlines():
        j = json.loads(line)
        for metric in ("ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"):
            got = (j[metric]["R"], j[metric]["P"], j[metric]["F"])
            want = expected.get((j["id"], metric))
            if want is None or any(abs(a - b) > 5e-6 for a, b in zip(got, want)):
                mismatches += 1
                if mismatches <= 5:
                    print(f"differs: {j['id']} {metric} precis {got} official {want}")
    print(f"{len(ids)} summaries, {len(expected)} official values, {mismatches} differ")
    if mismatches:
        sys.exit(1)

    def timed(command):
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    precis_time = timed([a for a in precis if a != "--per-summary"] +
                        ["--resamples", "0", "--threads", "1"])
    official_time = timed(["perl"] + [a for a in script if a != "-d"])
    print(f"precis eval (1 thread): {precis_time:.2f} s; ROUGE-1.5.5.pl: {official_time:.2f} s; "
          f"ratio {official_time / precis_time:.1f}x")


if __name__ == "__main__":
    main()
