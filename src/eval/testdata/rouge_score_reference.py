"""A slow, plain reading of Google's rouge_score algorithm, for tests only.

Written from the package's documented behaviour (rouge_scorer.py and
tokenize.py): lowercase, [^a-z0-9]+ -> space, NLTK's PorterStemmer on tokens
longer than 3 characters, rougeN by clipped n-gram counts, rougeL by one LCS
over the whole text, rougeLsum by the union LCS per reference line with
token counts preventing double counting, F = 2PR/(P+R), and score_multi's
best F over references. It uses textbook dynamic programming only, so it can
check Precis's bit-parallel code.

usage: rouge_score_reference.py SYSTEM.jsonl REFERENCES.jsonl [--stem]
prints one JSON line per system id: {"id", "rouge1": {"R", "P", "F"}, ...}
"""
import collections
import json
import re
import sys

from nltk.stem.porter import PorterStemmer

METRICS = ["rouge1", "rouge2", "rouge3", "rougeL", "rougeLsum"]


def tokens_of(text, stemmer):
    words = re.split(r"\s+", re.sub(r"[^a-z0-9]+", " ", text.lower()))
    if stemmer is not None:
        words = [stemmer.stem(w) if len(w) > 3 else w for w in words]
    return [w for w in words if re.fullmatch(r"[a-z0-9]+", w)]


def f_measure(p, r):
    return 2 * p * r / (p + r) if p + r > 0 else 0.0


def ngram_score(target, prediction, n):
    def grams(tokens):
        return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    t, p = grams(target), grams(prediction)
    overlap = sum(min(c, p[g]) for g, c in t.items())
    precision = overlap / max(sum(p.values()), 1)
    recall = overlap / max(sum(t.values()), 1)
    return precision, recall


def lcs_table(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table


def lcs_positions(a, b):
    """Positions in a of one LCS, back-tracked as ROUGE-1.5.5 does."""
    table = lcs_table(a, b)
    i, j, out = len(a), len(b), []
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            out.append(i - 1)
            i, j = i - 1, j - 1
        elif table[i][j - 1] > table[i - 1][j]:
            j -= 1
        else:
            i -= 1
    return out


def lcs_score(target, prediction):
    if not target or not prediction:
        return 0.0, 0.0
    length = lcs_table(target, prediction)[-1][-1]
    return length / len(prediction), length / len(target)


def lsum_score(target_lines, prediction_lines):
    if not target_lines or not prediction_lines:
        return 0.0, 0.0
    m = sum(len(s) for s in target_lines)
    n = sum(len(s) for s in prediction_lines)
    if not m or not n:
        return 0.0, 0.0
    left_t = collections.Counter(w for s in target_lines for w in s)
    left_p = collections.Counter(w for s in prediction_lines for w in s)
    hits = 0
    for sentence in target_lines:
        union = set()
        for other in prediction_lines:
            union.update(lcs_positions(sentence, other))
        for i in sorted(union):
            w = sentence[i]
            if left_p[w] > 0 and left_t[w] > 0:
                hits += 1
                left_p[w] -= 1
                left_t[w] -= 1
    return hits / n, hits / m


def score(target, prediction, stemmer):
    result = {}
    t, p = tokens_of(target, stemmer), tokens_of(prediction, stemmer)
    for n in (1, 2, 3):
        result["rouge%d" % n] = ngram_score(t, p, n)
    result["rougeL"] = lcs_score(t, p)
    lines = lambda text: [tokens_of(s, stemmer) for s in text.split("\n") if len(s)]
    result["rougeLsum"] = lsum_score(lines(target), lines(prediction))
    return result


def as_text(summary):
    if isinstance(summary, list):
        return "\n".join(s if isinstance(s, str) else s["text"] for s in summary)
    return summary


def main():
    stemmer = PorterStemmer() if "--stem" in sys.argv else None
    references = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            references[str(item["id"])] = [as_text(s) for s in item["summaries"]]
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            prediction = as_text(item["summary"])
            best = {}
            for target in references[str(item["id"])]:
                for metric, (p, r) in score(target, prediction, stemmer).items():
                    f_value = f_measure(p, r)
                    if metric not in best or f_value > best[metric]["F"]:
                        best[metric] = {"R": r, "P": p, "F": f_value}
            best["id"] = item["id"]
            print(json.dumps(best))


if __name__ == "__main__":
    main()
