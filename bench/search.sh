#!/usr/bin/env bash
# Measures the archive's full-text search beside Pagefind, at several corpus sizes, into bench/search-results.md:
# index build time and its share of the build, index size against the text, bytes and time of queries in Chromium,
# and the hit counts of both against a scan of every sentence. See bench/README.md.
#
#   bench/search.sh                          # 1, 1,000 and 10,000 reports (the last takes long on 2 cores)
#   bench/search.sh --counts "real-2024 1 1000" --seed 7 --runs 3   # builds 3 times, keeps the median share
#   --query-runs N: each query N times in a fresh page (5); the table shows the median and the worst
#   The table keeps the sizes measured before (their numbers stay in bench/out/search/search-N.json).
#
# Needs: dotnet, node and npm (the npm packages pagefind and playwright-core, installed into bench/search/),
# Chromium (/usr/bin/chromium, or MEETING_CHROMIUM).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/bench/out/search
counts="1 1000 10000"
seed=20240111
runs=1
query_runs=5
while [[ $# -gt 0 ]]; do
  case $1 in
    --counts) counts=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --query-runs) query_runs=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "search.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { echo "[search-bench] $*" >&2; }
mkdir -p "$work"
cd "$root"

[[ -d bench/search/node_modules/pagefind ]] || { say "installing pagefind and playwright-core"; npm ci --prefix bench/search >/dev/null; }

say "building meeting and the corpus generator"
dotnet build src/Meeting.Cli -c Release -o "$work/bin/meeting" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
dotnet build bench/Meeting.Corpus -c Release -o "$work/bin/corpus" >"$work/corpus-build.log" 2>&1 || { tail -20 "$work/corpus-build.log"; exit 1; }

for n in $counts; do
  [[ $n == real-2024 ]] && continue
  dir=$work/corpus/$n-seed$seed/content
  if [[ ! -d $dir ]]; then
    say "generating $n reports"
    mkdir -p "$(dirname "$dir")"
    dotnet "$work/bin/corpus/Meeting.Corpus.dll" --count "$n" --seed "$seed" --out "$dir" >/dev/null
  fi
done

node bench/search/run.mjs --meeting "$work/bin/meeting/meeting.dll" --corpus-dir "$work/corpus" --work "$work" --counts "$counts" --seed "$seed" --runs "$runs" --query-runs "$query_runs"
