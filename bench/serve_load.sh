#!/bin/bash
# Load on `precis serve`: CONNECTIONS concurrent connections summarizing the
# bundled example for SECONDS, with wrk (Debian package wrk). Prints wrk's
# throughput and latency percentiles, the error counts, and the server's
# resident memory at the start, after a third and two thirds of the run, at
# the end and at its peak (sampled each second): flat once the connection
# threads exist.
#
# usage: bench/serve_load.sh PRECIS_BINARY [SECONDS=30] [CONNECTIONS=64] [SERVER_THREADS=0]
set -euo pipefail
binary=${1:?usage: bench/serve_load.sh PRECIS_BINARY [SECONDS] [CONNECTIONS] [SERVER_THREADS]}
seconds=${2:-30}
connections=${3:-64}
server_threads=${4:-0}
here=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk > /dev/null || { echo "serve_load: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $server 2> /dev/null || true; rm -rf "$work"' EXIT

# The request: the example's three articles, 100 words.
/usr/bin/python3 - "$here/examples/sony-hack" > "$work/body.json" <<'PY'
import json, os, sys
d = sys.argv[1]
docs = [{"id": os.path.splitext(n)[0], "text": open(os.path.join(d, n), encoding="utf-8").read()}
        for n in sorted(os.listdir(d))]
print(json.dumps({"id": "sony-hack", "documents": docs, "words": 100}))
PY
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json", "rb")
wrk.body = f:read("*a")
f:close()
LUA

"$binary" serve --port 0 --threads "$server_threads" 2> "$work/server.log" &
server=$!
for _ in $(seq 50); do grep -q serving "$work/server.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/server.log")
[ -n "$url" ] || { echo "serve_load: the server did not start" >&2; cat "$work/server.log" >&2; exit 1; }

# Check the answer before timing it: the same JSON as the command line's.
expected=$("$binary" summarize "$here/examples/sony-hack" --words 100 --format json)
got=$(env -u http_proxy -u HTTP_PROXY curl -s --noproxy '*' -H 'Content-Type: application/json' \
      --data-binary @"$work/body.json" "$url/v1/summarize")
[ "$got" = "$expected" ] || { echo "serve_load: the reply differs from precis summarize" >&2; exit 1; }

rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
start_rss=$(rss)
peak_rss=$start_rss
(while kill -0 $server 2> /dev/null; do rss; sleep 1; done) > "$work/rss.txt" &
sampler=$!
wrk -t 2 -c "$connections" -d "${seconds}s" --latency -s "$work/post.lua" "$url/v1/summarize" \
  | tee "$work/wrk.txt"
kill $sampler 2> /dev/null || true
end_rss=$(rss)
peak_rss=$(sort -n "$work/rss.txt" | tail -1)
third=$(( $(wc -l < "$work/rss.txt") / 3 ))
at() { sed -n "$(( $1 > 0 ? $1 : 1 ))p" "$work/rss.txt"; }
echo "server RSS: start ${start_rss} kB; after a third ${rss_1:=$(at $third)} kB, two thirds" \
     "$(at $(( 2 * third ))) kB, end ${end_rss} kB; peak ${peak_rss} kB"
errors=$(grep -E "Non-2xx|Socket errors" "$work/wrk.txt" || true)
echo "errors: ${errors:-none}"
