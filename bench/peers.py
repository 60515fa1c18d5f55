#!/usr/bin/python3
"""Whole-process speed of `precis` against peer summarizers, measured in the same run.

Every tool summarizes the same clusters to the same word budget: Precis
(`precis summarize DIR` once per cluster, and `precis batch --threads 1` over
all of them), Open Text Summarizer (`ots --ratio R FILE` once per cluster, R
the percentage found beforehand to come nearest the budget),
summa's TextRank (`summarizer.summarize(text, words=W)`) and sumy's LexRank,
TextRank, LSA and Luhn. The Python peers run twice: one interpreter per
cluster (what a user running them as a tool pays), and one interpreter looping
over every cluster, timed around the loop only, so that interpreter start-up
and imports are separated out. Peers read one plain-text file per cluster, its
documents joined by a blank line; Precis reads one file per document.

Before anything is timed each tool's output is checked: a summary for every
cluster, every summary sentence found in that cluster's input (extractive;
both in NFC, whitespace collapsed, zero-width characters dropped), and the
median summary length within --tolerance of the budget. The median, not each
summary: peers that take a sentence count (sumy) or a percentage (ots) cannot
meet every budget, and their shortest summary of a scraped page can be one
run-on "sentence" of 200 words. A tool that fails is reported and not timed.

Timing: wall seconds for all clusters, median of --runs, one tool at a time,
every process pinned to one core (--core). Peak RSS is the largest of any of
the tool's processes, measured in the checking run under /usr/bin/time (a
child of this script would count the script's own memory from before its
exec); the timed runs go without it. The table's last column is the tool's
time over Precis's measured the same way (process per cluster against
`precis summarize`, one process against `precis batch`): "12.0x" means
Precis is 12 times faster.

--scaling instead summarizes one cluster made of the first N documents of
the dataset, for each N in --sizes, once per tool, each process limited to
--timeout seconds and --max-mb of address space.

Peers live outside this repository and are located by flags; a peer whose
flag is absent is skipped. --summa and --sumy name directories holding the
`summa` and `sumy` packages (e.g. their source checkouts); --sumy-prelude a
Python file run before sumy is used (e.g. to give it a sentence splitter when
NLTK's punkt data is not installed). Python peers run under --python.

usage: /usr/bin/python3 bench/peers.py PRECIS DATASET.jsonl [--clusters N]
           [--words W] [--runs K] [--method NAME] [--ots PATH] [--summa DIR]
           [--sumy DIR [--sumy-prelude FILE] [--sumy-methods LIST]]
           [--scaling [--sizes 3,30,300] [--timeout S] [--max-mb MB]]

e.g. /usr/bin/python3 bench/peers.py build/apps/cli/precis \\
         ../shared/data/multinews_sample/validation.jsonl --clusters 50 --runs 3 \\
         --ots /usr/bin/ots --summa /tmp/peers/summa --sumy /tmp/peers/sumy \\
         --sumy-prelude /tmp/peers/sumy_without_punkt.py
"""
import argparse
import dataclasses
import json
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata

# Runs one Python peer in a fresh interpreter:
#   python3 -c PYTHON_PEER_DRIVER PEER WORDS PRELUDE FILE...
# PEER is "summa" or one of sumy's summarizers as MODULE:CLASS of
# sumy.summarizers, PRELUDE a Python file to run first or "".
# Prints one line {"sentences": [...]} per FILE, in order, then
# {"loop_seconds": S}, the time spent summarizing (after start-up and imports).
# sumy takes a sentence count, not words, or in its place a function that
# cuts its sentences sorted best first: the one given keeps the N best, N the
# count whose total is nearest WORDS (summa's rule for words=), at least one.
PYTHON_PEER_DRIVER = r'''
import json
import sys
import time

peer, words, prelude, *paths = sys.argv[1:]
words = int(words)
if prelude:
    import runpy
    runpy.run_path(prelude)

if peer == "summa":
    from summa import summarizer

    def summarize(text):
        return summarizer.summarize(text, words=words, split=True)
else:
    import importlib
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.utils import get_stop_words

    module_name, class_name = peer.split(":")
    module = importlib.import_module("sumy.summarizers." + module_name)
    sumy_summarizer = getattr(module, class_name)(Stemmer("english"))
    sumy_summarizer.stop_words = get_stop_words("english")
    tokenizer = Tokenizer("english")

    def nearest_to_budget(best_first):
        kept, total = [], 0
        for info in best_first:
            length = len(str(info.sentence).split())
            if kept and abs(words - total - length) > abs(words - total):
                break
            kept.append(info)
            total += length
        return kept

    def summarize(text):
        document = PlaintextParser.from_string(text, tokenizer).document
        return [str(s) for s in sumy_summarizer(document, nearest_to_budget)]

start = time.perf_counter()
for path in paths:
    with open(path, encoding="utf-8") as f:
        print(json.dumps({"sentences": summarize(f.read())}))
print(json.dumps({"loop_seconds": time.perf_counter() - start}))
'''

GNU_TIME = "/usr/bin/time"

# --sumy-methods name: (name in the table, MODULE:CLASS in sumy.summarizers)
SUMY_METHODS = {
    "lexrank": ("LexRank", "lex_rank:LexRankSummarizer"),
    "textrank": ("TextRank", "text_rank:TextRankSummarizer"),
    "lsa": ("LSA", "lsa:LsaSummarizer"),
    "luhn": ("Luhn", "luhn:LuhnSummarizer"),
}

PER_CLUSTER = "process per cluster"
ONE_PROCESS = "one process"
LOOP_ONLY = "one process, loop only"

# What a process prints on standard error when RLIMIT_AS stops an allocation:
# Python, numpy, C++ (std::bad_alloc) and GLib (ots).
OUT_OF_MEMORY = re.compile(
    r"MemoryError|Unable to allocate|bad_alloc|failed to allocate|out of memory|"
    r"Cannot allocate memory", re.IGNORECASE)


def count_words(text):
    return len(text.split())


def comparable(text):
    """text in NFC, without format characters (zero-width spaces, soft
    hyphens: Precis's cleaning drops them) and with whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


@dataclasses.dataclass
class Cluster:
    id: str
    documents: list        # document texts, in dataset order
    text_path: str = ""    # the documents joined by a blank line, for the peers
    directory: str = ""    # one file per document, for `precis summarize`

    @property
    def text(self):
        return "\n\n".join(self.documents)


@dataclasses.dataclass
class ClusterSet:
    clusters: list
    jsonl_path: str        # the same clusters as JSONL, for `precis batch`


@dataclasses.dataclass
class ProcessResult:
    seconds: float         # wall time from start to exit
    peak_mb: float         # maximum resident set size, or None when not measured
    exit_code: int
    timed_out: bool
    stdout: str
    stderr: str


def run_process(argv, env, timeout, max_mb=0, peak_rss=False):
    """Runs argv to its end with stdin empty, capturing its output.

    Kills its process group after `timeout` seconds (then timed_out is true).
    max_mb > 0 caps its address space (RLIMIT_AS) at that many MiB. peak_rss
    runs it under /usr/bin/time to learn its peak RSS, one more process start
    in the time. It inherits this process's CPU affinity.
    """
    def cap_address_space():
        limit = max_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    timed_out = threading.Event()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r") as rss:
        if peak_rss:
            argv = [GNU_TIME, "--quiet", "-f", "%M", "-o", rss.name, *argv]
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                   env=env, start_new_session=True,
                                   preexec_fn=cap_address_space if max_mb else None)

        def kill():
            try:
                os.killpg(process.pid, signal.SIGKILL)
                timed_out.set()
            except ProcessLookupError:  # it ended just now
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        process.wait()
        seconds = time.perf_counter() - start
        timer.cancel()
        timer.join()  # a kill under way has set timed_out
        out.seek(0)
        err.seek(0)
        # /usr/bin/time writes "Command exited with non-zero status N" or
        # "Command terminated by signal N" before the figure.
        peak_kb = rss.read().split()[-1] if peak_rss and not timed_out.is_set() else None
        return ProcessResult(seconds, int(peak_kb) / 1024 if peak_kb else None,
                             process.returncode, timed_out.is_set(),
                             out.read().decode("utf-8", "replace"),
                             err.read().decode("utf-8", "replace"))


class ToolFailed(Exception):
    """A tool exited badly, timed out or printed what cannot be read."""


@dataclasses.dataclass
class Row:
    """One way of running one tool: a row of the table.

    per_cluster(cluster) gives the command for one cluster, whose output
    parse_one turns into the summary's sentences; all_clusters(cluster_set)
    gives one command for every cluster, whose output parse_all turns into
    (a list of sentence lists in cluster order, seconds to report or None for
    the process's wall time). Exactly one of the two is set.
    """
    tool: str
    method: str
    runs_as: str
    env: dict
    per_cluster: object = None
    parse_one: object = None
    all_clusters: object = None
    parse_all: object = None

    @property
    def name(self):
        return f"{self.tool} {self.method} ({self.runs_as})"


@dataclasses.dataclass
class Measurement:
    seconds: float
    peak_mb: float         # the largest of its processes', or None when not measured
    summaries: list        # per cluster, the summary's sentences


def measure(row, cluster_set, timeout, max_mb=0, peak_rss=False):
    """Runs row over the clusters once (see run_process for the options);
    raises ToolFailed on any bad process."""
    clusters = cluster_set.clusters

    def checked(argv):
        result = run_process(argv, row.env, timeout, max_mb, peak_rss)
        if result.timed_out:
            raise ToolFailed("timeout")
        if result.exit_code != 0:
            if OUT_OF_MEMORY.search(result.stderr):
                raise ToolFailed("out of memory")
            last_line = (result.stderr.strip().splitlines() or [""])[-1]
            raise ToolFailed(f"exit {result.exit_code}: {last_line}")
        return result

    try:
        if row.per_cluster:
            results = [checked(row.per_cluster(cluster)) for cluster in clusters]
            return Measurement(sum(r.seconds for r in results),
                               max(r.peak_mb for r in results) if peak_rss else None,
                               [row.parse_one(r.stdout) for r in results])
        result = checked(row.all_clusters(cluster_set))
        summaries, reported_seconds = row.parse_all(result.stdout)
        if len(summaries) != len(clusters):
            raise ToolFailed(f"{len(summaries)} summaries for {len(clusters)} clusters")
        seconds = result.seconds if reported_seconds is None else reported_seconds
        return Measurement(seconds, result.peak_mb, summaries)
    except (ValueError, KeyError, IndexError) as e:  # unreadable output
        raise ToolFailed(f"output not understood: {e!r}") from e


def check_summaries(clusters, summaries, budget, tolerance):
    """Returns the first problem found as a sentence, or None when every
    summary is non-empty and extractive and the median summary length is
    within tolerance (a fraction) of the budget."""
    for cluster, sentences in zip(clusters, summaries):
        if not any(s.strip() for s in sentences):
            return f"empty summary for {cluster.id}"
        source = comparable(cluster.text)
        for sentence in sentences:
            if comparable(sentence) not in source:
                return f"{cluster.id}: not in its input: {comparable(sentence)[:80]!r}"
    median = statistics.median(word_counts(summaries))
    if abs(median - budget) > tolerance * budget:
        return f"median length {median:g} words for a budget of {budget}"
    return None


def word_counts(summaries):
    return [sum(count_words(s) for s in sentences) for sentences in summaries]


# --- the tools -------------------------------------------------------------

def precis_rows(args, env):
    budget = ["--words", str(args.words), "--method", args.method]

    def summarize(cluster):
        return [args.precis, "summarize", cluster.directory, "--format", "json", *budget]

    def batch(cluster_set):
        return [args.precis, "batch", "--in", cluster_set.jsonl_path, "--threads", "1", *budget]

    def sentences_of(summary):
        if "error" in summary:
            raise ValueError(summary["error"])
        return [s["text"] for s in summary["sentences"]]

    def parse_batch(stdout):
        return [sentences_of(json.loads(line)) for line in stdout.splitlines()], None

    return [Row("precis", args.method, PER_CLUSTER, env, summarize,
                lambda stdout: sentences_of(json.loads(stdout))),
            Row("precis", args.method, ONE_PROCESS, env,
                all_clusters=batch, parse_all=parse_batch)]


# A sentence of ots's output: ots prints the sentences it keeps back to back,
# each with the whitespace that followed it, and does not mark where one ends.
# Cutting after end punctuation and at line breaks gives pieces that each lie
# inside one of its sentences, which is what the extractive check needs.
OTS_PIECE_END = re.compile(r"(?<=[.!?…][\"'”’)])\s+|(?<=[.!?…])\s+|\n")


def ots_rows(args, env):
    ratio_of = {}  # text_path: the --ratio for that cluster

    def parse(stdout):
        return [piece for piece in OTS_PIECE_END.split(stdout) if piece.strip()]

    def ratio_nearest_budget(cluster):
        """ots takes no length but --ratio, a whole percentage, and keeps
        whole sentences until it is reached, so no formula gives a budget in
        words (6% of a cluster gave 184 words where 5% gave 86). This finds
        the ratio whose summary is nearest the budget by running ots on the
        cluster with ratios from 1% up, once, outside every timing."""
        def length(ratio):
            result = run_process([args.ots, "--ratio", str(ratio), cluster.text_path], env,
                                 args.timeout)
            if result.timed_out:
                raise ToolFailed("timeout")
            return sum(count_words(piece) for piece in parse(result.stdout))

        ratio, words = 1, length(1)
        while words < args.words and ratio < 100:
            below = words
            ratio, words = ratio + 1, length(ratio + 1)
            if words >= args.words and args.words - below < words - args.words:
                return ratio - 1
        return ratio

    def summarize(cluster):
        if cluster.text_path not in ratio_of:
            ratio_of[cluster.text_path] = ratio_nearest_budget(cluster)
        return [args.ots, "--ratio", str(ratio_of[cluster.text_path]), cluster.text_path]

    return [Row("ots", "OTS", PER_CLUSTER, env, summarize, parse)]


def python_peer_rows(args, env, tool, method, peer, package_dir, prelude=""):
    """A Python peer's two rows: an interpreter per cluster, and one
    interpreter for all, reporting its loop's time (see PYTHON_PEER_DRIVER)."""
    env = dict(env, PYTHONPATH=package_dir)

    def command(clusters):
        return [args.python, "-c", PYTHON_PEER_DRIVER, peer, str(args.words), prelude,
                *(cluster.text_path for cluster in clusters)]

    def loop(cluster_set):
        return command(cluster_set.clusters)

    def parse_all(stdout):
        lines = [json.loads(line) for line in stdout.splitlines()]
        return [line["sentences"] for line in lines[:-1]], lines[-1]["loop_seconds"]

    return [Row(tool, method, PER_CLUSTER, env, lambda cluster: command([cluster]),
                lambda stdout: parse_all(stdout)[0][0]),
            Row(tool, method, LOOP_ONLY, env, all_clusters=loop, parse_all=parse_all)]


def all_rows(args):
    # One thread for every numeric library, as for `precis --threads 1`.
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    env.pop("PYTHONPATH", None)  # each Python peer gets its own package directory only
    rows = precis_rows(args, env)
    if args.ots:
        rows += ots_rows(args, env)
    if args.summa:
        rows += python_peer_rows(args, env, "summa", "TextRank", "summa", args.summa)
    if args.sumy:
        for method in args.sumy_methods.split(","):
            name, summarizer = SUMY_METHODS[method]
            rows += python_peer_rows(args, env, "sumy", name, summarizer, args.sumy,
                                     args.sumy_prelude or "")
    return rows


# --- inputs ----------------------------------------------------------------

def read_clusters(dataset, limit):
    clusters = []
    with open(dataset, encoding="utf-8") as f:
        for line in f:
            if line.strip() and len(clusters) < limit:
                cluster = json.loads(line)
                clusters.append(Cluster(cluster["id"], [d["text"] for d in cluster["documents"]]))
    return clusters


def write_cluster_files(clusters, work):
    """Writes each cluster into work as one joined text file and as a
    directory of one file per document, recording their paths in the
    clusters, and all of them as one JSONL file; returns the ClusterSet."""
    jsonl_path = os.path.join(work, "clusters.jsonl")
    with open(jsonl_path, "w", encoding="utf-8") as f:
        for cluster in clusters:
            documents = [{"id": f"d{i:03d}", "text": text}
                         for i, text in enumerate(cluster.documents)]
            f.write(json.dumps({"id": cluster.id, "documents": documents}) + "\n")
    for n, cluster in enumerate(clusters):
        cluster.text_path = os.path.join(work, f"{n:04d}.txt")
        with open(cluster.text_path, "w", encoding="utf-8") as f:
            f.write(cluster.text)
        cluster.directory = os.path.join(work, f"{n:04d}")
        os.mkdir(cluster.directory)
        for i, text in enumerate(cluster.documents):
            with open(os.path.join(cluster.directory, f"d{i:03d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
    return ClusterSet(clusters, jsonl_path)


# --- the two modes -----------------------------------------------------------

def compare(args, rows, work):
    clusters = read_clusters(args.dataset, args.clusters)
    cluster_set = write_cluster_files(clusters, work)
    print(f"{len(clusters)} clusters of {args.dataset}, {args.words} words, "
          f"median of {args.runs} runs, one core (CPU {args.core})\n")

    print("Checks (non-empty, extractive, median length within "
          f"{args.tolerance:.0%} of the budget):\n")
    print("| tool | method | runs as | summary words min / median / max | check |")
    print("| --- | --- | --- | --- | --- |")
    passed = []  # with the peak MB of its checking run
    for row in rows:
        print(f"checking {row.name}", file=sys.stderr)
        try:
            checking_run = measure(row, cluster_set, args.timeout, peak_rss=True)
            summaries = checking_run.summaries
            counts = word_counts(summaries)
            words = f"{min(counts)} / {statistics.median(counts):g} / {max(counts)}"
            problem = check_summaries(clusters, summaries, args.words, args.tolerance)
        except ToolFailed as e:
            words, problem = "", str(e)
        print(f"| {row.tool} | {row.method} | {row.runs_as} | {words} | {problem or 'passed'} |")
        if not problem:
            passed.append((row, checking_run.peak_mb))

    seconds_of = {}
    table = []
    for row, peak_mb in passed:
        times = []
        for run in range(args.runs):
            print(f"timing {row.name}, run {run + 1}", file=sys.stderr)
            times.append(measure(row, cluster_set, args.timeout).seconds)
        seconds_of[row.tool, row.runs_as] = statistics.median(times)
        table.append((row, statistics.median(times), peak_mb))

    print("\n| tool | method | runs as | clusters | seconds | ms per cluster | peak MB "
          "| time / precis |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for row, seconds, peak_mb in table:
        # Loop-only rows have no Precis row of their own kind: the nearest is
        # `precis batch`, which also pays its (small) start-up.
        precis_kind = ONE_PROCESS if row.runs_as == LOOP_ONLY else row.runs_as
        precis_seconds = seconds_of.get(("precis", precis_kind))
        ratio = f"{seconds / precis_seconds:.1f}x" if precis_seconds else "n/a"
        print(f"| {row.tool} | {row.method} | {row.runs_as} | {len(clusters)} | {seconds:.3f} "
              f"| {1000 * seconds / len(clusters):.1f} | {peak_mb:.1f} | {ratio} |")


def scaling(args, rows, work):
    documents = [text for cluster in read_clusters(args.dataset, sys.maxsize)
                 for text in cluster.documents]
    sizes = [int(size) for size in args.sizes.split(",")]
    if max(sizes) > len(documents):
        sys.exit(f"the dataset has {len(documents)} documents, fewer than {max(sizes)}")
    print(f"One cluster of the first N documents of {args.dataset}, {args.words} words, "
          f"one run under /usr/bin/time, one core (CPU {args.core}), at most "
          f"{args.timeout:g} s and {args.max_mb} MB of address space\n")
    print("| tool | method | documents | input words | seconds | peak MB | summary words |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for size in sizes:
        cluster_dir = os.path.join(work, f"first{size}")
        os.mkdir(cluster_dir)
        cluster = Cluster(f"first-{size}-documents", documents[:size])
        cluster_set = write_cluster_files([cluster], cluster_dir)
        input_words = count_words(cluster.text)
        for row in rows:
            if row.runs_as != PER_CLUSTER:
                continue
            print(f"{row.name}, {size} documents", file=sys.stderr)
            try:
                measurement = measure(row, cluster_set, args.timeout, args.max_mb, peak_rss=True)
                # On a long input ots's smallest ratio, 1%, is far over the
                # budget: check the rest and show the length instead.
                problem = check_summaries([cluster], measurement.summaries, args.words,
                                          tolerance=float("inf"))
                if problem:
                    cells = ["check failed", "", problem]
                else:
                    cells = [f"{measurement.seconds:.3f}", f"{measurement.peak_mb:.1f}",
                             str(word_counts(measurement.summaries)[0])]
            except ToolFailed as e:
                cells = [str(e), "", ""]
            print(f"| {row.tool} | {row.method} | {size} | {input_words} | "
                  + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("precis", help="the precis binary")
    parser.add_argument("dataset", help="JSONL clusters: {id, documents: [{id, text}]} a line")
    parser.add_argument("--clusters", type=int, default=50, help="use the first N clusters")
    parser.add_argument("--words", type=int, default=100, help="the budget, in words")
    parser.add_argument("--runs", type=int, default=3, help="report the median of K runs")
    parser.add_argument("--method", default="default", help="the Precis method to time")
    parser.add_argument("--tolerance", type=float, default=0.2,
                        help="how far from the budget the median summary length may be, "
                             "as a fraction of it")
    parser.add_argument("--core", type=int, default=0, help="the CPU every process runs on")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per process")
    parser.add_argument("--python", default="/usr/bin/python3", help="runs the Python peers")
    parser.add_argument("--ots", help="the ots executable")
    parser.add_argument("--summa", help="a directory holding the summa package")
    parser.add_argument("--sumy", help="a directory holding the sumy package")
    parser.add_argument("--sumy-prelude", help="a Python file run before sumy is used")
    parser.add_argument("--sumy-methods", default="lexrank,textrank,lsa,luhn",
                        help="comma-separated, of " + ",".join(SUMY_METHODS))
    parser.add_argument("--scaling", action="store_true",
                        help="time one growing cluster instead (see --sizes)")
    parser.add_argument("--sizes", default="3,30,300", help="documents per --scaling cluster")
    parser.add_argument("--max-mb", type=int, default=4096,
                        help="address space per process in --scaling, in MiB")
    args = parser.parse_args()
    for method in args.sumy_methods.split(","):
        if method not in SUMY_METHODS:
            parser.error(f"unknown sumy method {method!r}")

    # Children inherit the affinity: every tool runs on the same single core.
    os.sched_setaffinity(0, {args.core})
    rows = all_rows(args)
    with tempfile.TemporaryDirectory(prefix="precis-peers-") as work:
        if args.scaling:
            scaling(args, rows, work)
        else:
            compare(args, rows, work)


if __name__ == "__main__":
    main()
