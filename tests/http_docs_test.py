#!/usr/bin/python3
"""Runs the curl examples of docs/HTTP.md against a fresh `precis serve`.

Each ```sh block that starts with `curl` is run with the service's address in
place of http://127.0.0.1:8080; the ```json block that follows it is the reply
it must print (compared as JSON values). Exits non-zero, naming the example,
on the first difference.

usage: http_docs_test.py PRECIS_BINARY docs/HTTP.md
"""
import json
import os
import re
import subprocess
import sys
import time


def examples(markdown):
    """(command, expected JSON) pairs, in order."""
    blocks = re.findall(r"```(\w+)\n(.*?)```", markdown, re.S)
    out = []
    for (kind, text), (next_kind, next_text) in zip(blocks, blocks[1:]):
        if kind == "sh" and text.lstrip().startswith("curl ") and next_kind == "json":
            out.append((text.strip(), json.loads(next_text)))
    return out


def start_server(binary):
    """The server process and its base address, read from its first line."""
    server = subprocess.Popen([binary, "serve", "--port", "0"], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    line = ""
    while time.monotonic() < deadline:
        line = server.stderr.readline()
        match = re.search(r"serving (http://[\d.]+:\d+)/", line)
        if match:
            return server, match.group(1)
        if server.poll() is not None:
            break
    server.kill()
    sys.exit(f"precis serve did not start: {line.strip()!r}")


def main():
    binary, doc = sys.argv[1:3]
    with open(doc, encoding="utf-8") as f:
        cases = examples(f.read())
    if len(cases) < 5:
        sys.exit(f"{doc}: only {len(cases)} curl examples with a JSON reply")
    # The examples talk to loopback: no proxy may stand in between.
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    server, base = start_server(binary)
    try:
        for command, expected in cases:
            run = subprocess.run(["bash", "-c", command.replace("http://127.0.0.1:8080", base)],
                                 capture_output=True, text=True, timeout=60, env=env)
            first = command.splitlines()[0]
            if run.returncode != 0:
                sys.exit(f"{first}: exit {run.returncode}: {run.stderr.strip()}")
            try:
                got = json.loads(run.stdout)
            except ValueError:
                sys.exit(f"{first}: not JSON: {run.stdout[:200]!r}")
            if got != expected:
                sys.exit(f"{first}:\n  documented {json.dumps(expected)}\n  got        {json.dumps(got)}")
            print(f"ok: {first}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"{len(cases)} examples of {doc} give the documented replies")


if __name__ == "__main__":
    main()
