#!/usr/bin/python3
"""Soak test of `precis serve` on loopback: for a set time, client threads
send a mix of valid and invalid requests while other clients stall (announce
a body and never send it). Passes when every valid request was answered 200
with a summary or analysis, every invalid one 4xx with a JSON error, the
server never died, and its memory stayed flat over the second half.

usage: serve_soak_test.py PRECIS_BINARY EXAMPLE_DIR [--seconds 20] [--clients 6]
"""
import argparse
import http.client
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time

# RSS growth allowed over the second half of the run: the first half is the
# warm-up, while the connection threads' stacks and allocator arenas fill.
MAX_GROWTH_MB = 20


def start_server(binary):
    server = subprocess.Popen([binary, "serve", "--port", "0", "--threads", "2"],
                              stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        line = server.stderr.readline()
        match = re.search(r"serving http://([\d.]+):(\d+)/", line)
        if match:
            # Drain the rest of stderr so that the server never blocks on it.
            threading.Thread(target=server.stderr.read, daemon=True).start()
            return server, match.group(1), int(match.group(2))
        if server.poll() is not None:
            break
    server.kill()
    sys.exit("the server did not start")


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def requests(documents):
    """(kind, method, path, body, expected status class) to choose from."""
    docs = [{"id": name, "text": text} for name, text in documents]
    valid = [
        ("summarize", "POST", "/v1/summarize", {"documents": docs, "words": 60}, 2),
        ("summarize", "POST", "/v1/summarize",
         {"documents": docs, "sentences": 3, "method": "lexrank"}, 2),
        ("summarize", "POST", "/v1/summarize", {"documents": docs[:1], "bytes": 300}, 2),
        ("analyze", "POST", "/v1/analyze", {"documents": docs}, 2),
        ("methods", "GET", "/v1/methods", None, 2),
    ]
    invalid = [
        ("malformed JSON", "POST", "/v1/summarize", b'{"documents": [', 4),
        ("wrong type", "POST", "/v1/summarize", {"documents": "not a list"}, 4),
        ("unknown field", "POST", "/v1/summarize", {"documents": docs, "wrods": 5}, 4),
        ("no text", "POST", "/v1/summarize", {"documents": [{"id": "a", "text": " "}]}, 4),
        ("bad UTF-8", "POST", "/v1/analyze", b'{"documents": ["\xff\xfe"]}', 4),
        ("unknown path", "GET", "/v1/nothing", None, 4),
        ("deep JSON", "POST", "/v1/summarize", b"[" * 100000 + b"]" * 100000, 4),
        ("wrong method", "DELETE", "/v1/summarize", None, 4),
    ]
    return valid, invalid


def client(host, port, choices, stop, results, lock, seed):
    rng = random.Random(seed)
    valid, invalid = choices
    while not stop.is_set():
        kind, method, path, body, expected = (rng.choice(valid) if rng.random() < 0.6
                                              else rng.choice(invalid))
        payload = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
        start = time.monotonic()
        problem = None
        try:
            conn = http.client.HTTPConnection(host, port, timeout=30)
            conn.request(method, path, body=payload,
                         headers={"Content-Type": "application/json"} if payload else {})
            reply = conn.getresponse()
            data = reply.read()
            conn.close()
            status = reply.status
            parsed = json.loads(data) if data else None
            if status // 100 != expected:
                problem = f"{kind}: HTTP {status}, expected {expected}xx: {data[:200]!r}"
            elif expected == 4 and not (isinstance(parsed, dict) and "error" in parsed):
                problem = f"{kind}: a {status} without a JSON error"
            elif kind == "summarize" and "summary" not in parsed:
                problem = f"{kind}: no summary in {data[:200]!r}"
        except (OSError, http.client.HTTPException, ValueError) as error:
            problem = f"{kind}: {type(error).__name__}: {error}"
        with lock:
            results.append((kind, expected, time.monotonic() - start, problem))


def staller(host, port, stop, counter, lock):
    """Opens connections that announce a body and never send it."""
    while not stop.is_set():
        try:
            sock = socket.create_connection((host, port), timeout=5)
            sock.sendall(b"POST /v1/summarize HTTP/1.1\r\nHost: x\r\n"
                         b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
            with lock:
                counter[0] += 1
            stop.wait(3)
            sock.close()
        except OSError:
            stop.wait(0.5)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("examples")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=6)
    args = parser.parse_args()
    documents = []
    for name in sorted(os.listdir(args.examples)):
        with open(os.path.join(args.examples, name), encoding="utf-8") as f:
            documents.append((os.path.splitext(name)[0], f.read()))

    server, host, port = start_server(args.binary)
    stop, lock = threading.Event(), threading.Lock()
    results, stalled = [], [0]
    threads = [threading.Thread(target=client, args=(host, port, requests(documents), stop,
                                                     results, lock, seed))
               for seed in range(args.clients)]
    threads += [threading.Thread(target=staller, args=(host, port, stop, stalled, lock))
                for _ in range(4)]
    for t in threads:
        t.start()
    warm_up = args.seconds / 2
    time.sleep(warm_up)
    rss_start = rss_mb(server.pid)
    samples = [rss_start]
    end = time.monotonic() + args.seconds - warm_up
    while time.monotonic() < end and server.poll() is None:
        time.sleep(0.5)
        samples.append(rss_mb(server.pid))
    stop.set()
    for t in threads:
        t.join()
    alive = server.poll() is None
    rss_end = rss_mb(server.pid) if alive else float("nan")
    server.terminate()
    server.wait(timeout=10)

    problems = [r[3] for r in results if r[3]]
    valid_times = sorted(r[2] for r in results if r[1] == 2 and not r[3])
    kinds = {}
    for kind, _, _, _ in results:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{len(results)} requests in {args.seconds:.0f} s from {args.clients} clients "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
          f"{stalled[0]} stalled connections")
    if valid_times:
        p99 = valid_times[min(len(valid_times) - 1, int(len(valid_times) * 0.99))]
        print(f"valid requests: median {statistics.median(valid_times) * 1000:.1f} ms, "
              f"99th percentile {p99 * 1000:.1f} ms")
    print(f"server memory: {rss_start:.1f} MB after {warm_up:.0f} s, {rss_end:.1f} MB at the end "
          f"(largest {max(samples):.1f} MB)")
    failed = False
    if not alive:
        print("FAIL: the server died")
        failed = True
    if problems:
        print(f"FAIL: {len(problems)} wrong answers, first: {problems[0]}")
        failed = True
    if alive and rss_end - rss_start > MAX_GROWTH_MB:
        print(f"FAIL: memory grew by {rss_end - rss_start:.1f} MB")
        failed = True
    if not valid_times:
        print("FAIL: no valid request was answered")
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
