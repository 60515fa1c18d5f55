#!/usr/bin/python3
"""Rough unigram and bigram recall of `precis batch` on a development set.

A quick check while tuning, not ROUGE: lowercase alphanumeric tokens, no
stemming, the summary cut to N words, recall averaged over references and
clusters. Official ROUGE scores come from `precis eval`.

usage: bench/quick_recall.py PRECIS_BINARY DATASET.jsonl WORDS [precis flags...]
"""
import collections
import json
import re
import subprocess
import sys


def tokens(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def ngrams(words, n):
    return collections.Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def recall(summary_words, references, n):
    hit = total = 0
    counts = ngrams(summary_words, n)
    for reference in references:
        ref = ngrams(tokens(reference), n)
        hit += sum(min(c, counts[g]) for g, c in ref.items())
        total += sum(ref.values())
    return hit / max(total, 1)


def main():
    binary, dataset, words = sys.argv[1], sys.argv[2], int(sys.argv[3])
    flags = sys.argv[4:]
    references = {}
    with open(dataset, encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            references[cluster["id"]] = cluster["summaries"]
    run = subprocess.run([binary, "batch", "--in", dataset, "--words", str(words)] + flags,
                         capture_output=True, text=True, check=True)
    r1 = r2 = 0.0
    scored = errors = 0
    for line in run.stdout.splitlines():
        result = json.loads(line)
        if "error" in result:
            errors += 1
            continue
        summary = tokens(result["summary"])[:words]
        r1 += recall(summary, references[result["id"]], 1)
        r2 += recall(summary, references[result["id"]], 2)
        scored += 1
    print(f"{dataset}: clusters={scored} errors={errors} "
          f"R1={r1 / max(scored, 1):.4f} R2={r2 / max(scored, 1):.4f}")


if __name__ == "__main__":
    main()
