#!/usr/bin/python3
"""How well `precis analyze` finds a number, date or name changed in one document.

In each sampled cluster one value that occurs in at least two documents is changed in one of
them (every occurrence there), so that the sources disagree; `precis analyze --format json` runs
on the unchanged and on the changed cluster. Per kind and overall:
  found%        a difference of the changed cluster has one value with the new value and the
                changed document, another with the old value and one of its other documents
  all-docs%     found, with the old value listed with every other document that gives it (a
                bound from below: some of those give it of another thing)
  on-unchanged  clusters whose unchanged run mentions the new value (should be 0)
  invented/cl   values whose text is in none of the documents they list, per analyzed cluster
                (both runs count); misattr/cl: in some of the listed documents but not all
  background    differences reported on the unchanged cluster (real disagreements or noise)
  per-found     differences that report the change, per change found (1 when each change is
                reported once, not once per form of a name or per place it is stated)
  mean/max s    seconds per analyze call
A last line splits the changes found by whether two documents write the changed value beside
the same word (as --same-fact draws them) or not.
Target: at least 90% found, at most one invented value per cluster.

usage: /usr/bin/python3 bench/analyze_changes.py build/apps/cli/precis \\
           ../shared/data/multinews_sample/validation.jsonl --clusters 100
       [--seed S] [--kinds number,date,name] [--out REPORT.json] [--verbose] [--timeout SECONDS]
       [--same-fact] [--one-occurrence] [--times-and-months] [--swapped-letters] [--first-word]

With --same-fact, only values that two documents write beside the same word ("71 beagles" in
both) are changed: the other document then very likely states the same fact. Without it, the
other occurrence is often a different fact ("17 acres" / "17 years"), which no reader could pair.
With --one-occurrence, one occurrence of the value is changed and the others stay: the changed
document then gives both values. With both, the occurrence changed is one that has the word beside
it that another document writes beside the value, in a document that has one: a report that states
the shared fact once wrongly, and the value rightly elsewhere. With --times-and-months (best with
--kinds date), the dates changed are times of day ("10 a.m." -> "11 a.m.") and months named alone
("in March" -> "in April") instead of days, weekdays and years. With --swapped-letters (best with
--kinds name), every name is changed by swapping two neighbouring letters of its last word
("Dreyfus" -> "Drefyus"), the typing slip the other spellings leave out. With --first-word (best
with --kinds name), names of two words or more are misspelled in their first word instead ("Jim
Broadbent" -> "Jum Broadbent", "New York Times" -> "Neww York Times"); with --swapped-letters too,
by two neighbouring letters of it swapped.
"""
import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

KINDS = ("number", "date", "name")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen", "twenty"]
SURNAMES = ["Harper", "Lindqvist", "Okafor", "Castellano", "Brennan", "Varga", "Holloway",
            "Marchetti", "Takeda", "Oyelaran", "Kowalczyk", "Dunmore"]
# Capitalized words that are not names: sentence openers, function words, titles, institutions.
NOT_NAMES = set(MONTHS + WEEKDAYS + """the a an and but or nor so yet if in on at to for from with
by of as into about after before during since until while when where what who whom why how which
this that these those there then here he she it its they we you i his her their our my your also
however meanwhile according some many more most all both each other another one no not yes is are
was were be has have had will would can could should may might must do does did said says today
yesterday tomorrow last next first just now even still only under over than because although
though like among despite without within against between through per every any such read click
photo image related advertisement share follow continue mr mrs ms dr president senator minister
secretary chief judge officer university department house senate congress state center government
court police republican republicans democrat democrats democratic american americans british
french chinese""".split())
ABBREVIATION = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Prof|Rev|Capt)\.$")

# Months and weekdays in any case: text folded to lower case writes "october 2, 2016".
MONTH = (r"(?i:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
DAY = r"\d{1,2}(?:st|nd|rd|th)?"
END = r"(?![\w/]|[.,:/-]\d)"  # not followed by more of a word, a time, a decimal or a range
DATE_RE = re.compile(rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){END}"
                     rf"|\b(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})(?!\w)"
                     rf"|\b(?P<wd>(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
                     rf"|(?<![\w.,:/$-])(?P<year>19\d\d|20\d\d){END}")
NUMBER_RE = re.compile(rf"(?<![\w.,:/-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?{END}"
                       rf"|\b(?:{'|'.join(WORDS[2:])})\b", re.IGNORECASE)
# With --times-and-months, the dates changed are times of day and months named alone.
TIME_RE = re.compile(r"(?<![\w:.,$])(?P<h>\d{1,2})(?::(?P<m>\d\d))?(?P<space>\s?)"
                     r"(?P<half>[ap]\.m\.|[ap]m)(?!\w)", re.IGNORECASE)
MONTH_ALONE_RE = re.compile(r"\b(?i:in|since|until|by|last|next|early|late|this|from|through)\s+"
                            r"(?P<mon>(?i:January|February|March|April|May|June|July|August|"
                            r"September|October|November|December))\b(?![\s.,]*\d)")
TIMES_AND_MONTHS = False
# With --swapped-letters, names are changed by two neighbouring letters swapped.
SWAPPED_LETTERS = False
# With --first-word, names of two words or more are misspelled in their first word.
FIRST_WORD = False
NAME_WORD = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"
NAME_RUN_RE = re.compile(rf"(?<![\w'’-]){NAME_WORD}(?: +{NAME_WORD})*(?!\w)")


def date_key(m):
    if m.group("wd") or m.group("year"):
        return (m.group("wd") or m.group("year")).lower()
    day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group())
    month = (m.group("m1") or m.group("m2")).lower()[:3]
    return f"{[x[:3] for x in MONTHS].index(month) + 1:02d}-{day:02d}" if 1 <= day <= 31 else None


def number_key(text):
    if text[0].isalpha():
        return str(WORDS.index(text.lower()))
    key = text.replace(",", "")
    return key.rstrip("0").rstrip(".") if "." in key else str(int(key))


def time_minutes(m):
    hour, minutes = int(m.group("h")), int(m.group("m") or 0)
    if not 1 <= hour <= 12 or minutes > 59:
        return None
    return hour % 12 * 60 + (720 if m.group("half")[0].lower() == "p" else 0) + minutes


def extract(text):
    """Number and date mentions: {(kind, key): [(start, end), ...]}."""
    found, dates = {}, []
    if TIMES_AND_MONTHS:
        for m in TIME_RE.finditer(text):
            if time_minutes(m) is not None:
                found.setdefault(("date", f"t{time_minutes(m)}"), []).append(m.span())
                dates.append(m.span())
        for m in MONTH_ALONE_RE.finditer(text):
            key = f"m{[x[:3] for x in MONTHS].index(m.group('mon').lower()[:3]) + 1}"
            found.setdefault(("date", key), []).append(m.span("mon"))
            dates.append(m.span("mon"))
        # The other dates are not changed, and no number inside them is a count.
        dates.extend(m.span() for m in DATE_RE.finditer(text))
    else:
        for m in DATE_RE.finditer(text):
            if date_key(m):
                found.setdefault(("date", date_key(m)), []).append(m.span())
                dates.append(m.span())
    for m in NUMBER_RE.finditer(text):
        # Days of dates are dates; 1900-2099 alone is a year (or "$2000", left out).
        if not any(s < m.end() and m.start() < e for s, e in dates) \
                and not re.fullmatch(r"(19|20)\d\d", m.group()):
            found.setdefault(("number", number_key(m.group())), []).append(m.span())
    return found


def sentence_initial(text, start):
    before = text[max(0, start - 40):start].rstrip(" \t\"'“‘(`")
    return not before or (before[-1] in ".!?:\n" and not ABBREVIATION.search(before))


def name_surfaces(text):
    """Capitalized names of 2-3 words, and single words of 5+ letters not opening a sentence."""
    names = set()
    for line in re.finditer(r"[^\n]+", text):
        words = line.group().split()
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
            continue  # a title-case headline
        for run in NAME_RUN_RE.finditer(text, line.start(), line.end()):
            parts = []
            for m in list(re.finditer(r"\S+", run.group())) + [None]:
                if m and m.group().lower() not in NOT_NAMES:
                    parts.append((run.start() + m.start(), m.group()))
                    continue
                if 2 <= len(parts) <= 3:
                    names.add(" ".join(w for _, w in parts))
                elif len(parts) == 1 and len(parts[0][1]) >= 5 and not sentence_initial(text, parts[0][0]):
                    names.add(parts[0][1])
                parts = []
    return names


def name_re(surface):
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, surface.split())) + r"(?!\w)")


def mention_re(form):
    return re.compile(rf"(?<!\w){re.escape(form)}(?![\w]|[.,]\d)", re.IGNORECASE)


def neighbours(text, start, end):
    """The words of four letters or more right before and right after a mention, lower case."""
    before = re.search(r"([A-Za-z]{4,})[\s,-]*$", text[max(0, start - 40):start])
    after = re.match(r"[\s,-]*([A-Za-z]{4,})", text[end:end + 40])
    return {m.group(1).lower() for m in (before, after) if m}


def same_fact(texts, docs):
    """True when two documents have the value beside the same word ("71 beagles")."""
    seen = {}
    for i, spans in docs.items():
        for s, e in spans:
            for word in neighbours(texts[i], s, e):
                if seen.setdefault(word, i) != i:
                    return True
    return False


def same_fact_spans(texts, docs, doc):
    """The spans of `doc` with a word beside them that another document writes beside the value."""
    theirs = set()
    for i, spans in docs.items():
        if i != doc:
            for s, e in spans:
                theirs |= neighbours(texts[i], s, e)
    return [(s, e) for s, e in docs[doc] if neighbours(texts[doc], s, e) & theirs]


def candidates(texts, only_same_fact=False):
    """{(kind, key): {doc index: [(start, end), ...]}} for values in at least two documents
    (with only_same_fact, two of them with the same word beside the value)."""
    found = {}
    for i, text in enumerate(texts):
        for value, spans in extract(text).items():
            found.setdefault(value, {})[i] = spans
    for surface in set().union(*map(name_surfaces, texts)):
        pattern = name_re(surface)
        for i, text in enumerate(texts):
            spans = [m.span() for m in pattern.finditer(text)] if surface.split()[-1] in text else []
            if spans:
                found.setdefault(("name", surface), {})[i] = spans
    return {value: docs for value, docs in found.items()
            if len(docs) >= 2 and (not only_same_fact or same_fact(texts, docs))}


def misspell(word):
    """Spellings one edit away: another vowel, a doubled consonant dropped, a consonant doubled;
    with --swapped-letters, two neighbouring letters swapped instead."""
    if SWAPPED_LETTERS:
        return [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)
                if word[i] != word[i + 1] and word[i:i + 2].isalpha()]
    options = []
    for i in range(1, len(word)):
        c = word[i]
        if c in "aeiou":
            options += [word[:i] + v + word[i + 1:] for v in "aeiou" if v != c]
        elif c == word[i - 1]:
            options.append(word[:i] + word[i + 1:])
        elif c.isalpha():
            options.append(word[:i] + c + word[i:])
    return options


def ordinal(day, suffix):
    return f"{day}{'th' if day // 10 == 1 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}" \
        if suffix else str(day)


def rewriters(kind, key, rng):
    """(new key, surface -> new surface, detail) options for a changed value, in order."""
    if kind == "number":
        value = float(key)
        step = max(1, round(value * 0.3))
        for n in (value + step, value - step, value + 2 * step, value - 2 * step, value + step + 1):
            def change(s, n=n):
                if s[0].isalpha():
                    word = WORDS[int(n)] if n == int(n) and 2 <= n <= 20 else "?"
                    return word.capitalize() if s[0].isupper() else word
                decimals = len(s.partition(".")[2])
                return f"{n:,.{decimals}f}" if "," in s else f"{n:.{decimals}f}"
            if n > 0:
                yield number_key(f"{n:.6f}"), change, "number"
    elif kind == "date" and key in WEEKDAYS:
        for shift in rng.sample([1, -1, 2, -2, 3], 5):
            new = WEEKDAYS[(WEEKDAYS.index(key) + shift) % 7]
            yield new, (lambda s, new=new: new.upper() if s.isupper() else
                        new if s.islower() else new.capitalize()), "weekday"
    elif kind == "date" and key.startswith("t"):
        for shift in rng.sample([60, -60, 30, -30, 120], 5):
            minutes = int(key[1:]) + shift
            if 60 <= minutes < 24 * 60:
                yield f"t{minutes}", (lambda s, minutes=minutes: retime(s, minutes)), "time"
    elif kind == "date" and key.startswith("m"):
        for shift in rng.sample([1, -1, 2, -2, 3], 5):
            new = MONTHS[(int(key[1:]) - 1 + shift) % 12].capitalize()
            yield f"m{MONTHS.index(new.lower()) + 1}", (
                lambda s, new=new: new.lower() if s.islower() else new), "month"
    elif kind == "date" and "-" in key:
        month, day = map(int, key.split("-"))
        for d in rng.sample([day + 2, day - 2, day + 1, day - 1, day + 3], 5):
            if 1 <= d <= max(28, day):
                yield f"{month:02d}-{d:02d}", (lambda s, d=d: re.sub(
                    r"\d+(st|nd|rd|th)?", lambda m: ordinal(d, m.group(1)), s)), "day"
    elif kind == "date":
        for year in rng.sample([int(key) + 1, int(key) - 1], 2):
            yield str(year), (lambda s, year=year: str(year)), "year"
    else:
        words = key.split()
        if FIRST_WORD:
            if len(words) < 2:
                return
            firsts = misspell(words[0])
            rng.shuffle(firsts)
            for first in firsts:
                new = " ".join([first] + words[1:])
                yield new, (lambda s, new=new: new), "first word"
            return
        surname = len(words) > 1 and rng.random() < 0.5 and not SWAPPED_LETTERS
        lasts = list(SURNAMES) if surname else misspell(words[-1])
        rng.shuffle(lasts)
        for last in lasts:
            new = " ".join(words[:-1] + [last])
            yield new, (lambda s, new=new: new), "surname" if surname else "spelling"


def retime(surface, minutes):
    """`surface` ("10 a.m.", "10:30PM") written for another time in the same style."""
    m = TIME_RE.fullmatch(surface)
    hour = (minutes // 60) % 12 or 12
    half = "a" if minutes < 720 else "p"
    if "." in m.group("half"):
        half += ".m."
    else:
        half += "m"
    if m.group("half")[0].isupper():
        half = half.upper()
    clock = f"{hour}:{minutes % 60:02d}" if m.group("m") or minutes % 60 else str(hour)
    return clock + m.group("space") + half


def choose_change(texts, kinds, rng, only_same_fact=False, one_occurrence=False):
    """Picks a value in at least two documents and a change to a value absent from the cluster
    (in every occurrence in the changed document, or with one_occurrence in one of them)."""
    found = candidates(texts, only_same_fact)
    keys = found.keys() | {v for t in texts for v in extract(t)}
    for kind in kinds:
        values = sorted(v for v in found if v[0] == kind)
        rng.shuffle(values)
        for value in values:
            # With both --same-fact and --one-occurrence, the occurrence changed is one that
            # states the fact another document states, in a document that has one.
            pool = sorted(found[value])
            if only_same_fact and one_occurrence:
                pool = [i for i in pool if same_fact_spans(texts, found[value], i)]
            doc = rng.choice(pool)
            surfaces = [texts[doc][s:e] for s, e in found[value][doc]]
            for new_key, rewrite, detail in rewriters(kind, value[1], rng):
                # A name's changed word is a form of its own ("Okafor" alone).
                changed_word = new_key.split()[0 if FIRST_WORD else -1]
                new_forms = {rewrite(s) for s in surfaces} | {changed_word} if kind == "name" \
                    else {rewrite(s) for s in surfaces}
                if (kind, new_key) in keys or "?" in new_forms or \
                        any(mention_re(f).search(t) for f in new_forms for t in texts):
                    continue
                text = texts[doc]
                spans = found[value][doc]
                if one_occurrence:
                    if only_same_fact:
                        spans = same_fact_spans(texts, found[value], doc)
                    spans = [rng.choice(spans)]
                for s, e in sorted(spans, reverse=True):
                    text = text[:s] + rewrite(text[s:e]) + text[e:]
                old_forms = {texts[i][s:e] for i in found[value] for s, e in found[value][i]}
                if kind == "name" and not FIRST_WORD:
                    old_forms.add(value[1].split()[-1])
                return {"kind": kind, "detail": detail, "old": surfaces[0], "new": rewrite(surfaces[0]),
                        "same_fact": only_same_fact or same_fact(texts, found[value]),
                        "old_key": value[1], "new_key": new_key, "doc": doc, "text": text,
                        "others": sorted(i for i in found[value] if i != doc),
                        "old_forms": sorted(old_forms), "new_forms": sorted(new_forms)}
    return None


def norm(text):
    text = str(text).translate(str.maketrans("’‘“”`", "''\"\"'")).replace("''", '"')
    return " ".join(text.lower().split())


def mentions(value, kind, key, forms, reported_kind):
    """Whether a reported value holds a target value: a surface form, or the same normalized key
    in a difference of the target's kind (the number 2,000 is not the year 2000)."""
    surface, normalized = norm(value.get("value", "")), norm(value.get("normalized", ""))
    return any(mention_re(norm(f)).search(surface) for f in forms) \
        or (reported_kind == kind and normalized == norm(key)) \
        or (kind != "name" and (kind, key) in extract(str(value.get("value", ""))))


def docs_of(value):
    docs = value.get("docs")
    return [str(d) for d in docs] if isinstance(docs, list) else []


def analyze(binary, cluster, timeout):
    """(result, seconds, error) of `precis analyze` on one cluster."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cluster.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(cluster, ensure_ascii=False) + "\n")
        start = time.monotonic()
        try:
            run = subprocess.run([binary, "analyze", path, "--format", "json"],
                                 capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None, time.monotonic() - start, f"timeout after {timeout} s"
        except OSError as e:  # e.g. the binary is being rebuilt
            return None, time.monotonic() - start, f"cannot run: {e}"
        seconds = time.monotonic() - start
    stderr = (run.stderr.strip().splitlines() or [""])[0]
    if run.returncode != 0:
        return None, seconds, f"exit {run.returncode}: {stderr}"
    try:
        results = [json.loads(run.stdout)]
    except ValueError:
        try:  # one object per line
            results = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        except ValueError as e:
            return None, seconds, f"invalid JSON ({e}); stderr: {stderr}"
    results = [r for r in results if isinstance(r, dict)]
    result = next((r for r in results if r.get("id") == cluster["id"]), results[0] if results else None)
    diffs = (result or {}).get("differences")
    if not isinstance(diffs, list) or not all(
            isinstance(d, dict) and isinstance(d.get("values", []), list)
            and all(isinstance(v, dict) for v in d.get("values", [])) for d in diffs):
        return None, seconds, str((result or {}).get("error") or "no well-formed differences list")
    return result, seconds, None


def check_values(result, texts):
    """(invented, misattributed) reported values, given {doc id: normalized text}."""
    invented = misattributed = 0
    for diff in result["differences"]:
        for value in diff.get("values", []):
            surface = norm(value.get("value", ""))
            hits = [bool(surface) and surface in texts.get(d, "") for d in docs_of(value)]
            invented += not any(hits)
            misattributed += any(hits) and not all(hits)
    return invented, misattributed


def evaluate(binary, cluster_id, docs, change, timeout):
    """Runs analyze on the unchanged and the changed cluster and scores the change."""
    kind, changed_id = change["kind"], docs[change["doc"]]["id"]
    others = {docs[i]["id"] for i in change["others"]}
    record = {"cluster": cluster_id, "changed_doc": changed_id, "other_docs": sorted(others),
              **{k: change[k] for k in ("kind", "detail", "old", "new", "old_forms", "new_forms",
                                        "same_fact")},
              "found": False, "all_docs": False, "error": None, "seconds": [], "runs": 0,
              "invented": 0, "misattributed": 0}
    changed = [dict(d, text=change["text"]) if d["id"] == changed_id else d for d in docs]
    for i, run_docs in enumerate((docs, changed)):
        result, seconds, error = analyze(binary, {"id": cluster_id, "documents": run_docs}, timeout)
        record["seconds"].append(round(seconds, 3))
        if error:
            record["error"] = record["error"] or error
            print(f"{cluster_id}: precis analyze failed: {error}", file=sys.stderr)
            continue
        record["runs"] += 1
        invented, misattributed = check_values(result, {d["id"]: norm(d["text"]) for d in run_docs})
        record["invented"] += invented
        record["misattributed"] += misattributed
        diffs = result["differences"]
        values = [(d.get("kind"), v) for d in diffs for v in d.get("values", [])]
        record["reported_unchanged" if i == 0 else "reported"] = diffs
        if i == 0:
            record["background"] = len(diffs)
            record["on_unchanged"] = any(mentions(v, kind, change["new_key"], change["new_forms"], k)
                                         for k, v in values)
            record["old_disputed_before"] = any(
                mentions(v, kind, change["old_key"], change["old_forms"], k) for k, v in values)
            continue
        for diff in diffs:
            vals = diff.get("values", [])
            new = {j for j, v in enumerate(vals) if changed_id in docs_of(v)
                   and mentions(v, kind, change["new_key"], change["new_forms"], diff.get("kind"))}
            old = {j for j, v in enumerate(vals) if others & set(docs_of(v))
                   and mentions(v, kind, change["old_key"], change["old_forms"], diff.get("kind"))}
            if any(a != b for a in new for b in old):
                record["found"] = True
                record["holding"] = record.get("holding", 0) + 1
                listed = {d for j in old for d in docs_of(vals[j])}
                record["all_docs"] |= others <= listed
    return record


def print_missed(record, text):
    print(f"MISSED {record['cluster']} {record['kind']}/{record['detail']}: {record['old']!r} -> "
          f"{record['new']!r} in {record['changed_doc']} (old also in {', '.join(record['other_docs'])})")
    m = mention_re(record["new"]).search(text)
    start, end = m.span() if m else (0, 0)
    ends = [b.end() for b in re.finditer(r"[.!?][\"”']?\s+(?=[A-Z\"“‘'(])|\n", text)]
    left = max([e for e in ends if e <= start], default=0)
    right = min([e for e in ends if e > end], default=len(text))
    print(f"  sentence: {' '.join(text[left:right].split())[:300]}")
    diffs = record.get("reported", [])
    mine = [d for d in diffs if any(record["changed_doc"] in docs_of(v) for v in d.get("values", []))]
    print(f"  reported: {len(diffs)} differences, {len(mine)} with the changed document")
    for diff in (mine or diffs)[:8]:
        print(f"    [{diff.get('kind')}] " + " | ".join(
            f"{v.get('value')!r} {docs_of(v)}" for v in diff.get("values", [])))


def summarize(records, kinds):
    summary = {}
    print(f"{'kind':8} {'tried':>5} {'errors':>6} {'found%':>7} {'all-docs%':>9} {'on-unchanged':>12} "
          f"{'invented/cl':>11} {'misattr/cl':>10} {'background':>10} {'per-found':>9} {'mean s':>7} "
          f"{'max s':>7}")
    for kind in kinds + ["all"]:
        group = [r for r in records if kind in ("all", r["kind"])]
        seconds = [s for r in group for s in r["seconds"]]
        runs = max(sum(r["runs"] for r in group), 1)
        background = [r["background"] for r in group if "background" in r]
        row = summary[kind] = {
            "tried": len(group), "errors": sum(bool(r["error"]) for r in group),
            "found_pct": 100 * sum(r["found"] for r in group) / max(len(group), 1),
            "all_docs_pct": 100 * sum(r["all_docs"] for r in group) / max(len(group), 1),
            "on_unchanged": sum(r.get("on_unchanged", False) for r in group),
            "invented_per_cluster": sum(r["invented"] for r in group) / runs,
            "misattributed_per_cluster": sum(r["misattributed"] for r in group) / runs,
            "background_per_cluster": statistics.mean(background) if background else 0.0,
            "per_found": sum(r.get("holding", 0) for r in group) / max(sum(r["found"] for r in group), 1),
            "mean_seconds": statistics.mean(seconds) if seconds else 0.0,
            "max_seconds": max(seconds, default=0.0)}
        print(f"{kind:8} {row['tried']:5d} {row['errors']:6d} {row['found_pct']:7.1f} "
              f"{row['all_docs_pct']:9.1f} {row['on_unchanged']:12d} {row['invented_per_cluster']:11.2f} "
              f"{row['misattributed_per_cluster']:10.2f} {row['background_per_cluster']:10.2f} "
              f"{row['per_found']:9.2f} {row['mean_seconds']:7.2f} {row['max_seconds']:7.2f}")
    # Found, split by whether two documents write the changed value beside one word (as
    # --same-fact draws it) or not: the second are most often other facts.
    split = {}
    for name, same in (("same-fact", True), ("other", False)):
        group = [r for r in records if r["same_fact"] == same]
        split[name] = {"tried": len(group),
                       "found_pct": 100 * sum(r["found"] for r in group) / max(len(group), 1)}
    summary["all"]["by_same_fact"] = split
    print("all, by the --same-fact test: " + "; ".join(
        f"{name} {row['tried']} changes, {row['found_pct']:.1f}% found" for name, row in split.items()))
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("dataset")
    parser.add_argument("--clusters", type=int, default=0, help="clusters to change (default: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--out", help="write the summary and every change as JSON")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per analyze call")
    parser.add_argument("--verbose", action="store_true", help="print each missed change")
    parser.add_argument("--same-fact", action="store_true",
                        help="change only values that two documents state beside the same word")
    parser.add_argument("--one-occurrence", action="store_true",
                        help="change one occurrence of the value in the document, not every one")
    parser.add_argument("--times-and-months", action="store_true",
                        help="the dates changed are times of day and months named alone")
    parser.add_argument("--swapped-letters", action="store_true",
                        help="names are changed by two neighbouring letters swapped")
    parser.add_argument("--first-word", action="store_true",
                        help="names of two words or more are misspelled in their first word")
    args = parser.parse_args()
    global TIMES_AND_MONTHS, SWAPPED_LETTERS, FIRST_WORD
    TIMES_AND_MONTHS = args.times_and_months
    SWAPPED_LETTERS = args.swapped_letters
    FIRST_WORD = args.first_word
    if not shutil.which(args.binary):
        parser.error(f"{args.binary}: no such executable")
    kinds = [k for k in args.kinds.split(",") if k]
    if not kinds or set(kinds) - set(KINDS):
        parser.error(f"--kinds takes some of {','.join(KINDS)}")

    with open(args.dataset, encoding="utf-8") as f:
        clusters = [json.loads(line) for line in f if line.strip()]
    random.Random(args.seed).shuffle(clusters)
    assigned = {k: 0 for k in kinds}
    records, skipped = [], 0
    for cluster in clusters:
        if args.clusters and len(records) >= args.clusters:
            break
        docs = [{"id": str(d["id"]), "text": d["text"]} if isinstance(d, dict) else
                {"id": f"{cluster['id']}-d{i}", "text": d} for i, d in enumerate(cluster["documents"])]
        # The kind with the fewest changes so far is tried first, so that kinds stay balanced.
        order = sorted(kinds, key=lambda k: (assigned[k], kinds.index(k)))
        rng = random.Random(f"{args.seed}/{cluster['id']}")
        change = choose_change([d["text"] for d in docs], order, rng, args.same_fact,
                               args.one_occurrence)
        if not change:
            skipped += 1
            continue
        assigned[change["kind"]] += 1
        record = evaluate(args.binary, cluster["id"], docs, change, args.timeout)
        records.append(record)
        if args.verbose and not record["found"] and not record["error"]:
            print_missed(record, change["text"])
    print(f"{args.dataset}: {len(records)} clusters changed, {skipped} without a value to change")
    summary = summarize(records, kinds)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump({"binary": args.binary, "dataset": args.dataset, "seed": args.seed, "kinds": kinds,
                       "skipped": skipped, "summary": summary, "clusters": records},
                      f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
