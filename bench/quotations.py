#!/usr/bin/python3
"""The quotations `precis analyze` finds in a set of clusters, and how many have a speaker.

Each cluster of the JSONL set goes through `precis analyze --format json`; the script counts
the quotations and those with a speaker. With --compare OTHER, a second program runs on the
same clusters and every quotation whose speaker differs is printed with the words before and
after it in its document, to be read one by one.

With --pronouns, each document is analyzed alone, and every quotation whose speaker was written
"he" or "she" (the attribution names no one else) and resolved to a name is checked against the
same words quoted by another document of the cluster that names its speaker: the two agree when
they share a word of three letters or more ("Jean Charest" / "Charest").

usage: /usr/bin/python3 bench/quotations.py build/apps/cli/precis DATASET.jsonl
           [--clusters N] [--compare OTHER_PRECIS] [--pronouns [--verbose]]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile


def document_texts(cluster):
    """Document id -> text, with the ids `precis` gives documents without one."""
    texts = {}
    for i, d in enumerate(cluster["documents"]):
        if isinstance(d, dict):
            texts[str(d["id"])] = d["text"]
        else:
            texts[f"{cluster['id']}-d{i}"] = d
    return texts


def quotations(binary, clusters):
    """(cluster id, quotation text, bytes before it) -> (speaker, before, after)."""
    found = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cluster.jsonl")
        for cluster in clusters:
            with open(path, "w", encoding="utf-8") as f:
                f.write(json.dumps(cluster, ensure_ascii=False) + "\n")
            run = subprocess.run([binary, "analyze", path, "--format", "json"],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"{cluster['id']}: {run.stderr.strip()}")
            texts = document_texts(cluster)
            for q in json.loads(run.stdout)["quotes"]:
                span = q["spans"][0]
                text = texts.get(span["doc"], "").encode()
                before = text[max(0, span["start"] - 100):span["start"]].decode(errors="ignore")
                after = text[span["end"]:span["end"] + 60].decode(errors="ignore")
                key = (cluster["id"], q["text"], before[-40:])
                found[key] = (q.get("speaker", ""), " ".join(before.split()), " ".join(after.split()))
    return found


def words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def pronoun_check(binary, clusters, verbose):
    """(agree, checked): resolved "he"/"she" speakers against another document's named one."""
    per_doc = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "document.jsonl")
        for cluster in clusters:
            for i, text in enumerate(document_texts(cluster).values()):
                with open(path, "w", encoding="utf-8") as f:
                    f.write(json.dumps({"id": f"{cluster['id']}-{i}",
                                        "documents": [{"id": "d", "text": text}]}) + "\n")
                run = subprocess.run([binary, "analyze", path, "--format", "json"],
                                     capture_output=True, text=True)
                # A document with nothing left after cleaning quotes no one.
                quotes = json.loads(run.stdout)["quotes"] if run.returncode == 0 else []
                per_doc.setdefault(cluster["id"], []).append(quotes)
    pronoun = re.compile(r"\b(he|she)\b", re.IGNORECASE)

    def said(quote):  # The quoted words, lower case, one space apart.
        return " ".join(words(quote["text"]))

    def named_by_text(quote):  # A speaker with a capital that no pronoun stands for.
        return bool(re.search(r"[A-Z]", quote.get("speaker") or "")) and \
            not pronoun.search(quote.get("attribution") or "")

    agree = checked = 0
    for cluster_id, docs in per_doc.items():
        for i, quotes in enumerate(docs):
            for a in quotes:
                attribution, speaker = a.get("attribution") or "", a.get("speaker") or ""
                if not pronoun.search(attribution) or len(words(attribution)) > 4 or \
                        not speaker or pronoun.fullmatch(speaker) or len(said(a)) < 25:
                    continue
                # The same words (one quotation holding the other) that another document
                # attributes by name.
                named = next((b["speaker"] for j, other in enumerate(docs) if j != i for b in other
                              if named_by_text(b) and len(said(b)) >= 25
                              and (said(a) in said(b) or said(b) in said(a))), None)
                if named is None:
                    continue
                ok = bool({w for w in words(named) if len(w) > 2} & set(words(speaker)))
                agree += ok
                checked += 1
                if verbose:
                    print(f"{'agree' if ok else 'DIFFER'} {cluster_id}: [{speaker}] / [{named}] "
                          f"«{a['text'][:50]}»")
    return agree, checked


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("binary")
    parser.add_argument("dataset")
    parser.add_argument("--clusters", type=int, default=0, help="the first N clusters (0: all)")
    parser.add_argument("--compare", help="another precis, whose speakers are compared")
    parser.add_argument("--pronouns", action="store_true",
                        help="check resolved \"he\" and \"she\" against other documents")
    parser.add_argument("--verbose", action="store_true", help="with --pronouns, print each check")
    args = parser.parse_args()
    with open(args.dataset, encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()]
    if args.clusters:
        clusters = clusters[:args.clusters]
    if args.pronouns:
        agree, checked = pronoun_check(args.binary, clusters, args.verbose)
        share = 100.0 * agree / checked if checked else 0.0
        print(f"{args.binary}: {checked} resolved pronouns that another document attributes by "
              f"name; {agree} agree ({share:.1f}%)")
        return
    runs = [(args.binary, quotations(args.binary, clusters))]
    if args.compare:
        runs.append((args.compare, quotations(args.compare, clusters)))
    for binary, found in runs:
        speakers = sum(1 for speaker, _, _ in found.values() if speaker)
        share = 100.0 * speakers / len(found) if found else 0.0
        print(f"{binary}: {len(clusters)} clusters, {len(found)} quotations, "
              f"{speakers} with a speaker ({share:.1f}%)")
    if args.compare:
        changed = 0
        for key, (speaker, before, after) in runs[0][1].items():
            other = runs[1][1].get(key)
            if other is None or other[0] == speaker:
                continue
            changed += 1
            print(f"[{other[0]}] -> [{speaker}]  ...{before[-80:]} «{key[1][:30]}» {after[:50]}")
        print(f"{changed} speakers differ")


if __name__ == "__main__":
    main()
