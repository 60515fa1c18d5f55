#!/usr/bin/python3
"""Hostile inputs against the `precis` program: each must end, within 10 s and
a bounded amount of memory, either with a correct result (exit 0, output) or
with a non-zero exit and one line on stderr naming the problem; never by a
signal. The inputs are made in a temporary directory at run time.

usage: hostile_inputs_test.py PRECIS_BINARY [--table]

--table prints each case's time and peak memory (docs/RELIABILITY.md).
"""
import json
import os
import random
import shutil
import sys
import tempfile
import time

TIME_LIMIT_S = 10
MEMORY_LIMIT = 4 << 30  # Address space of the child; no case may need more.
STORY = ("Officials said on Tuesday that the storm had passed. Roads in the county "
         "reopened by noon, and schools will open on Wednesday. ") * 20


def write(path, data, mode="wb"):
    with open(path, mode) as f:
        f.write(data)
    return path


class Case:
    """A command on a made input, and what it must give: `error` is a piece of
    the one-line message, or None for a result."""

    def __init__(self, name, args, error=None, stdin=None, needs_non_root=False):
        self.name, self.args, self.error = name, args, error
        self.stdin, self.needs_non_root = stdin, needs_non_root


def make_cases(d):
    rng = random.Random(7)
    cases = []
    cases.append(Case("binary file", ["summarize", write(
        f"{d}/random.bin", bytes(rng.randrange(256) for _ in range(100_000)))], "binary data"))
    cases.append(Case("NUL bytes in text", ["summarize", write(
        f"{d}/nul.txt", STORY.encode()[:500] + b"\0" + STORY.encode())], "binary data"))
    cases.append(Case("zero-byte file", ["summarize", write(f"{d}/empty.txt", b"")], "empty"))
    cases.append(Case("white space only", ["summarize", write(f"{d}/space.txt", b" \n\t\n" * 100)],
                      "no text"))
    truncated = write(f"{d}/truncated.txt", STORY.encode() + b"\xe2\x82")
    cases.append(Case("truncated UTF-8", ["summarize", truncated], "invalid UTF-8"))
    cases.append(Case("truncated UTF-8, repaired", ["summarize", "--repair-utf8", truncated]))
    cases.append(Case("overlong encodings", ["summarize", write(
        f"{d}/overlong.txt", STORY.encode() + b"\xc0\xaf and \xe0\x80\xaf")], "invalid UTF-8"))
    cases.append(Case("UTF-8-encoded surrogate", ["summarize", write(
        f"{d}/surrogate.txt", STORY.encode() + b"\xed\xa0\x80")], "invalid UTF-8"))
    cases.append(Case("UTF-16 text", ["summarize", write(
        f"{d}/utf16.txt", STORY.encode("utf-16"))], "UTF-16"))

    big = f"{d}/one-line.txt"
    with open(big, "wb") as f:
        chunk = b"a" * (1 << 20)
        for _ in range(1000):  # 1,000 MiB in one line.
            f.write(chunk)
    cases.append(Case("1 GB single line", ["summarize", big], "over the limit"))
    cases.append(Case("1 GB single line on stdin", ["summarize", "-"], "over the limit",
                      stdin=big))
    cases.append(Case("1 GB single line, JSONL batch", ["batch", "--in", big]))
    long_doc = f"{d}/long-document.txt"
    write(long_doc, ("word " * 3_000_000).encode())  # 15 MB, no sentence end.
    cases.append(Case("15 MB document without a sentence end", ["summarize", long_doc]))
    many_sentences = f"{d}/many-sentences.txt"
    write(many_sentences, b"Hello world. " * 1_200_000)  # 15.6 MB of short sentences.
    cases.append(Case("15 MB of two-word sentences", ["summarize", many_sentences]))
    # Methods that choose step by step, and a budget of thousands of
    # sentences (the candidates times the sentences chosen), in two
    # documents (every summary sentence is looked for in the other).
    syllables = ["ba", "ko", "mi", "tu", "re", "sa", "lo", "ne", "fi", "da"]
    words = [syllables[i % 10] + syllables[i // 10 % 10] + syllables[i // 100] for i in range(1000)]
    halves = ["".join(f"{words[i * 7 % 1000].capitalize()} {words[i * 13 % 1000]}. "
                      for i in range(k, 800_000, 2)) for k in range(2)]
    varied = write(f"{d}/varied-sentences.jsonl",
                   (json.dumps({"id": "varied", "documents": halves}) + "\n").encode())
    cases.append(Case("two 6 MB documents of two-word sentences, centroid, 100,000 words",
                      ["summarize", "--method", "centroid", "--words", "100000", varied]))
    cases.append(Case("two 6 MB documents of two-word sentences, mmr, 100,000 words",
                      ["summarize", "--method", "mmr", "--words", "100000", varied]))
    # Two documents dense with names, numbers, dates and quotations: every
    # sentence alike, every value in several.
    names = ["John Smith", "Mary Jones", "Ahmed Khan", "Li Wei", "Sony Pictures"]
    dense = [" ".join(f'{names[(i + k) % 5]} said on March {1 + (i * 7 + k) % 28}, '
                      f'{1990 + (i + k) % 30} that {(i * 13 + k) % 999} people and '
                      f'${(i * 3 + k) % 99} million were "involved in the case of '
                      f'{names[(i * 3 + k) % 5]}."' for i in range(40_000)) for k in range(2)]
    cases.append(Case("two 6 MB documents dense with names and numbers, analyze",
                      ["analyze", "--format", "json", write(
                          f"{d}/dense.jsonl", (json.dumps({"id": "dense", "documents": dense}) +
                                               "\n").encode())]))

    # The most documents a cluster may hold, all telling the same story:
    # one shared fact restated twenty thousand times.
    story = [f'{names[i % 5]} said on March {1 + i % 28} that {i % 999} people were hurt. '
             f'Police in Ohio counted {i % 77} cars. "We are looking into it," '
             f'{names[i * 3 % 5]} said.' for i in range(20_000)]
    cases.append(Case("20,000 documents telling one story, analyze", [
        "analyze", "--format", "json", write(f"{d}/one-story.jsonl", (json.dumps(
            {"id": "story", "documents": story}) + "\n").encode())]))

    # Four hundred reports of one sentence sixty times, half with another
    # number: one slot of 24,000 mentions, which every document's mentions
    # of its values are compared against.
    slot = [" ".join(f"Police said {7 if k % 2 else 5} people were hurt in the crash in Ohio "
                     f"on Monday, report {i}." for i in range(60)) for k in range(400)]
    cases.append(Case("400 documents of one sentence, two values, analyze", [
        "analyze", "--format", "json", write(f"{d}/one-slot.jsonl", (json.dumps(
            {"id": "slot", "documents": slot}) + "\n").encode())]))

    # ROUGE-L between two summaries of 200,000 words each.
    huge = " ".join(words[i * 7 % 1000] for i in range(200_000))
    cases.append(Case("ROUGE of two 200,000-word summaries", [
        "eval", "--system", write(f"{d}/huge-system.jsonl", (json.dumps(
            {"id": "a", "summary": huge}) + "\n").encode()),
        "--references", write(f"{d}/huge-references.jsonl", (json.dumps(
            {"id": "a", "summaries": [huge]}) + "\n").encode())], "too long"))

    depth = 1_000_000
    cases.append(Case("deeply nested JSON line", ["summarize", write(
        f"{d}/deep.jsonl", b'{"documents": ' + b"[" * depth + b"]" * depth + b"}\n")],
        "nested deeper"))
    cases.append(Case("deeply nested JSON request to batch", ["batch", "--in", f"{d}/deep.jsonl"]))
    cases.append(Case("a million documents in one JSON line", ["summarize", write(
        f"{d}/many-docs.jsonl", b'{"id": "x", "documents": [' +
        b",".join([b'"One. Two."'] * 1_000_000) + b"]}\n")], "documents"))
    cases.append(Case("HTML that is all script", ["summarize", write(
        f"{d}/script.html", b"<html><head><script>" + b"var x = 1;\n" * 100_000 +
        b"</script></head><body><script>alert(1)</script></body></html>")], "no main text"))
    cases.append(Case("HTML nested a million deep", ["summarize", write(
        f"{d}/nested.html", b"<html><body>" + b"<div>" * 1_000_000 + STORY.encode() +
        b"</div>" * 1_000_000 + b"</body></html>")]))
    cases.append(Case("DUC file without an end tag", ["summarize", write(
        f"{d}/open.sgml", b"<DOC><DOCNO>X1</DOCNO><TEXT>" + STORY.encode() * 10)], "not closed"))

    tiny = f"{d}/tiny-files"
    os.mkdir(tiny)
    for i in range(100_000):
        write(f"{tiny}/{i:06d}.txt", b"Hi.")
    cases.append(Case("directory of 100,000 tiny files", ["summarize", tiny], "documents"))

    unreadable = write(f"{d}/unreadable.txt", STORY.encode())
    os.chmod(unreadable, 0)
    cases.append(Case("unreadable file", ["summarize", unreadable], "cannot open",
                      needs_non_root=True))
    os.symlink(f"{d}/loop-b", f"{d}/loop-a")
    os.symlink(f"{d}/loop-a", f"{d}/loop-b")
    cases.append(Case("symbolic link loop", ["summarize", f"{d}/loop-a"], "symbolic link loop"))
    cases.append(Case("endless character device", ["summarize", "/dev/zero"], "binary data"))
    cases.append(Case("endless random device", ["summarize", "/dev/urandom"], "binary data"))
    nested = f"{d}/nested-directories"
    os.makedirs(f"{nested}/a/b")
    cases.append(Case("directories in directories", ["summarize", nested], "directories"))
    cases.append(Case("missing file", ["summarize", f"{d}/missing.txt"], "no such file"))
    cases.append(Case("unknown flag", ["summarize", "--no-such-flag", truncated], "no-such-flag"))
    cases.append(Case("malformed JSON lines to batch", ["batch", "--in", write(
        f"{d}/bad.jsonl", b'{"id": 1, "documents": [\n\n[1, 2]\n{"documents": "x"}\n\xff\xfe\n')]))
    return cases


def run(binary, case, scratch):
    """(problem or None, seconds, peak MB of precis, sampled every 5 ms)."""
    out_path, err_path = f"{scratch}/out", f"{scratch}/err"
    # A shell sets the memory limit, then becomes precis.
    argv = ["/bin/sh", "-c", f'ulimit -v {MEMORY_LIMIT >> 10} && exec "$0" "$@"', binary]
    actions = [(os.POSIX_SPAWN_OPEN, 0, case.stdin or os.devnull, os.O_RDONLY, 0),
               (os.POSIX_SPAWN_OPEN, 1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600),
               (os.POSIX_SPAWN_OPEN, 2, err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)]
    start = time.monotonic()
    pid = os.posix_spawn("/bin/sh", argv + case.args, os.environ, file_actions=actions)
    peak_kb = 0
    while True:
        # The peak resident memory of precis itself (VmHWM starts afresh at
        # exec), read while it runs.
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak_kb = max(peak_kb, int(line.split()[1]))
        except OSError:
            pass
        done, status, _ = os.wait4(pid, os.WNOHANG)
        seconds = time.monotonic() - start
        if done:
            break
        if seconds > TIME_LIMIT_S:
            os.kill(pid, 9)
            os.wait4(pid, 0)
            return f"still running after {TIME_LIMIT_S} s", seconds, float("nan")
        time.sleep(0.005)
    peak_mb = peak_kb / 1024
    with open(out_path, "rb") as f:
        stdout = f.read(4096)
    with open(err_path, "rb") as f:
        err = f.read().decode("utf-8", "replace")
    if os.WIFSIGNALED(status):
        return f"killed by signal {os.WTERMSIG(status)}: {err[-300:]}", seconds, peak_mb
    code = os.WEXITSTATUS(status)
    if case.error is None:
        if code != 0 or not stdout:
            return f"no result (exit {code}): {err[:300]}", seconds, peak_mb
        return None, seconds, peak_mb
    if code == 0:
        return f"exit 0 where an error naming '{case.error}' was due", seconds, peak_mb
    if stdout:
        return f"output besides the error: {stdout[:200]!r}", seconds, peak_mb
    if err.count("\n") != 1 or not err.endswith("\n"):
        return f"not one line on stderr: {err[:300]!r}", seconds, peak_mb
    if case.error.lower() not in err.lower():
        return f"message does not name '{case.error}': {err.strip()}", seconds, peak_mb
    return None, seconds, peak_mb


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary, table = sys.argv[1], "--table" in sys.argv[2:]
    tmp = tempfile.mkdtemp(prefix="precis-hostile-")
    scratch = tempfile.mkdtemp(prefix="precis-hostile-out-")
    failures = 0
    try:
        cases = make_cases(tmp)
        if table:
            print("| input | command | outcome | time | peak memory |")
            print("| --- | --- | --- | --- | --- |")
        for case in cases:
            if case.needs_non_root and os.geteuid() == 0:
                print(f"skipped (running as root, which reads any file): {case.name}")
                continue
            problem, seconds, peak_mb = run(binary, case, scratch)
            if problem:
                failures += 1
                print(f"FAIL {case.name}: {problem}")
            elif table:
                outcome = "result" if case.error is None else f"error naming \"{case.error}\""
                memory = f"{peak_mb:.0f} MB" if seconds >= 0.05 else "-"
                print(f"| {case.name} | `precis {case.args[0]}` | {outcome} | {seconds:.2f} s | "
                      f"{memory} |")
            else:
                print(f"ok   {case.name} ({seconds:.2f} s, {peak_mb:.0f} MB)")
    finally:
        for root, dirs, files in os.walk(tmp):
            for name in files:
                try:
                    os.chmod(os.path.join(root, name), 0o600)
                except OSError:
                    pass
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(scratch, ignore_errors=True)
    if failures:
        sys.exit(f"{failures} hostile input(s) mishandled")


if __name__ == "__main__":
    main()
