#!/bin/bash
# Runs every summarization method on every development set and writes
# docs/RESULTS.md: one table per protocol, methods as rows, ROUGE-1/2/SU4/L
# (official ROUGE-1.5.5 numbers, as `precis eval` computes them) with 95%
# bootstrap intervals.
#
# usage: bench/quality.sh [PRECIS_BINARY] [DATA_DIR] [OUT.md] [METHOD ...]
#   PRECIS_BINARY  default build/apps/cli/precis
#   DATA_DIR       default ../shared/data
#   OUT.md         default docs/RESULTS.md
#   METHOD ...     default: every method `precis methods` lists
#
# Protocols (issue 4):
#   duc2006, multiling2011_en: 100 words, recall, --stem --words 100
#   multinews_sample: at most 300 words, F, --stem, no cut
set -euo pipefail

precis=${1:-build/apps/cli/precis}
data=${2:-../shared/data}
out=${3:-docs/RESULTS.md}
shift $(( $# > 3 ? 3 : $# ))
methods=("$@")
if [ ${#methods[@]} -eq 0 ]; then
  mapfile -t methods < <("$precis" methods)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run SET FILE WORDS MEASURE EVAL_FLAGS...: appends one table.
table() {
  local name=$1 file=$2 words=$3 measure=$4
  shift 4
  local flags=("$@")
  {
    echo
    echo "### $name"
    echo
    echo "\`precis batch --in $file --method METHOD --words $words\`, then"
    echo "\`precis eval --system OUT --references $file ${flags[*]}\`; $measure, 95% intervals."
    echo
    echo "| method | ROUGE-1 | ROUGE-2 | ROUGE-SU4 | ROUGE-L | seconds |"
    echo "| --- | --- | --- | --- | --- | --- |"
  } >> "$work/tables.md"
  local key=R
  [ "$measure" = "F" ] && key=F
  for method in "${methods[@]}"; do
    local start end
    start=$(date +%s.%N)
    "$precis" batch --in "$data/$file" --method "$method" --words "$words" \
      > "$work/$method.jsonl"
    end=$(date +%s.%N)
    "$precis" eval --system "$work/$method.jsonl" --references "$data/$file" \
      "${flags[@]}" --format json > "$work/$method.eval.json"
    /usr/bin/python3 - "$work/$method.eval.json" "$method" "$key" \
      "$(echo "$end - $start" | bc)" >> "$work/tables.md" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
method, key, seconds = sys.argv[2], sys.argv[3], float(sys.argv[4])
cells = []
for metric in ("ROUGE-1", "ROUGE-2", "ROUGE-SU4", "ROUGE-L"):
    m = report[metric]
    cells.append("%.2f (%.2f-%.2f)" % (100 * m[key], 100 * m[key + "_low"], 100 * m[key + "_high"]))
print("| %s | %s | %.1f |" % (method, " | ".join(cells), seconds))
EOF
  done
}

table "DUC 2006, 50 clusters, 100 words, recall" duc2006/clusters.jsonl 100 recall \
  --stem --words 100
table "MultiLing 2011 English, 10 clusters, 100 words, recall" multiling2011_en/clusters.jsonl \
  100 recall --stem --words 100
table "Multi-News validation sample, 250 clusters, 300 words, F" \
  multinews_sample/validation.jsonl 300 F --stem

{
  echo "# Results on the development sets"
  echo
  echo "Produced by \`bench/quality.sh\` on $(date -u +%Y-%m-%d) with"
  echo "\`$("$precis" --version)\`; ROUGE values are the official ROUGE-1.5.5 script's"
  echo "(docs/ROUGE.md), in percent, with the 95% percentile-bootstrap interval of"
  echo "the mean (1,000 resamples, seed 1). Seconds: wall time of \`precis batch\`"
  echo "for the whole set on the measuring machine (2 cores)."
  cat "$work/tables.md"
} > "$out"
echo "wrote $out"
