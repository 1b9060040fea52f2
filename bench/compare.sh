#!/usr/bin/env bash
# Times the whole `meeting build` process against Hugo on the same generated corpus, for several corpus
# sizes, and writes the medians as a Markdown table to bench/results.md. See bench/README.md.
#
#   bench/compare.sh                      # N = 1, 100, 1000, 10000; 5 runs each (3 at 10000)
#   bench/compare.sh --quick              # N = 1, 100; 2 runs each: checks that everything works
#   bench/compare.sh --counts "1 1000" --runs 7 --runs-large 3 --seed 7
#   bench/compare.sh --jit                # skip the Native AOT publish, time the JIT build
#   MEETING_BIN=/path/meeting bench/compare.sh   # time a given build; MEETING_BUILD_ARGS adds arguments
#   bench/compare.sh --incremental 1000   # the corpus of the incremental rebuild (default: 1000 if timed, else 100)
#
# Runs alternate (meeting, Hugo, Hugo, meeting, …) so that drift of the machine hits both alike; every
# run writes to a folder that does not exist yet. Needs: dotnet, hugo, GNU time (/usr/bin/time).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/bench/out
counts="1 100 1000 10000"
runs_small=5
runs_large=3          # for N >= 10000, where a run takes long
seed=20240111
use_aot=1
results=$root/bench/results.md
inc_row=""

while [[ $# -gt 0 ]]; do
  case $1 in
    --quick) counts="1 100"; runs_small=2; runs_large=1; shift ;;
    --counts) counts=$2; shift 2 ;;
    --runs) runs_small=$2; shift 2 ;;
    --runs-large) runs_large=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --jit) use_aot=0; shift ;;
    --results) results=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --incremental) inc_row=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

say() { echo "[compare] $*" >&2; }
die() { echo "[compare] error: $*" >&2; exit 1; }

command -v hugo >/dev/null || die "hugo is missing: apt-get install -y hugo"
if [[ ! -x /usr/bin/time ]]; then
  # bash's `time` keyword cannot report peak memory; GNU time can.
  [[ $(id -u) == 0 ]] && apt-get install -y time >/dev/null || die "GNU time is missing: apt-get install -y time"
fi

mkdir -p "$work"
cd "$root"

# --- the two programs -------------------------------------------------------------------------------

bin=$work/bin
rm -rf "$bin"
flavour=""
if [[ -n ${MEETING_BIN:-} ]]; then
  # A build made elsewhere (to compare two versions, say): time it as it is.
  meeting=$MEETING_BIN
  flavour="given as MEETING_BIN=$MEETING_BIN"
elif [[ $use_aot == 1 ]]; then
  say "publishing meeting with Native AOT (log: $work/publish-aot.log)"
  if dotnet publish src/Meeting.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$bin/aot" >"$work/publish-aot.log" 2>&1; then
    meeting=$bin/aot/meeting
    flavour="Native AOT (linux-x64)"
  else
    say "Native AOT publish failed; falling back to the JIT build (see $work/publish-aot.log)"
    flavour="JIT (Release, TieredPGO off; the Native AOT publish failed: $(grep -oE '[A-Za-z]+\.cs\([0-9,]+\): error [A-Z]+[0-9]+' "$work/publish-aot.log" | sort -u | head -3 | tr '\n' ' '| sed 's/ $//'))"
  fi
fi
if [[ -z ${meeting:-} ]]; then
  say "publishing meeting (JIT, Release)"
  dotnet publish src/Meeting.Cli -c Release -o "$bin/jit" >"$work/publish-jit.log" 2>&1 || die "publish failed: see $work/publish-jit.log"
  meeting=$bin/jit/meeting
  flavour=${flavour:-"JIT (Release, TieredPGO off)"}
fi

say "building the corpus generator"
dotnet build bench/Meeting.Corpus -c Release -o "$bin/corpus" >"$work/corpus-build.log" 2>&1 || die "corpus build failed: see $work/corpus-build.log"
corpus() { dotnet "$bin/corpus/Meeting.Corpus.dll" "$@"; }

# --- corpora ----------------------------------------------------------------------------------------

# The row "real-2024" is the real report from content/; the others are generated. Each corpus is made once
# and kept (bench/out is ignored by git) so that a rerun with the same seed measures the same input.
corpus_dir() { # row -> its folder; generated corpora are kept per seed
  if [[ $1 == real-2024 ]]; then echo "$work/corpus/real-2024"; else echo "$work/corpus/$1-seed$seed"; fi
}

prepare_corpus() { # row -> <corpus_dir>/{content,hugo}
  local name=$1 dir
  dir=$(corpus_dir "$1")
  [[ -d $dir/content && -d $dir/hugo ]] && return 0
  rm -rf "$dir"; mkdir -p "$dir"
  if [[ $name == real-2024 ]]; then
    cp -r "$root/content" "$dir/content"
    corpus --from "$dir/content" --markdown-for-hugo "$dir/hugo" >/dev/null
  else
    corpus --count "$name" --seed "$seed" --out "$dir/content" --markdown-for-hugo "$dir/hugo" >/dev/null
  fi
}

# --- one timed run ----------------------------------------------------------------------------------

runs_file=$work/runs.tsv
printf 'corpus\ttool\trun\twall_s\tcpu_s\tpeak_rss_kb\tpages\n' >"$runs_file"

build_cmd() { # tool corpus_dir out_dir
  case $1 in
    meeting) echo "$meeting" build --content "$2/content" --out "$3" ${MEETING_BUILD_ARGS:-} ;;
    hugo) echo hugo --quiet --source "$root/bench/hugo-site" --contentDir "$2/hugo" --destination "$3" ;;
  esac
}

timed_run() { # row tool run corpus_dir
  local row=$1 tool=$2 run=$3 dir=$4
  local out=$work/site/$row/$tool-$run
  rm -rf "$out"; mkdir -p "$(dirname "$out")"
  # shellcheck disable=SC2046 # the command is split into words on purpose
  if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" $(build_cmd "$tool" "$dir" "$out") >"$work/last-run.log" 2>&1; then
    tail -20 "$work/last-run.log" >&2
    die "$tool failed on corpus $row (run $run)"
  fi
  local wall user sys rss pages
  read -r wall user sys rss <"$work/time.txt"
  pages=$(find "$out" -name '*.html' | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$row" "$tool" "$run" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')" "$rss" "$pages" >>"$runs_file"
  say "  $row $tool run $run: ${wall}s wall, $pages pages, $((rss / 1024)) MiB"
  # 10,000 reports make hundreds of thousands of files: keep the disk for the next run. meeting keeps the parsed
  # reports and what it rendered in a cache beside the output; it goes too, so every timed run is a clean build.
  rm -rf "$out" "$(dirname "$out")/.$(basename "$out").meeting-cache"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=""
for n in $counts; do
  if [[ $n == 1 ]]; then rows+=" real-2024"; fi
  rows+=" $n"
done

for row in $rows; do
  say "corpus $row"
  prepare_corpus "$row"
  dir=$(corpus_dir "$row")
  n=$(find "$dir/content" -name '*.txt' | wc -l)
  runs=$runs_small; [[ $n -ge 10000 ]] && runs=$runs_large
  # One untimed run of each first: the page cache and the published binaries are then equally warm.
  for tool in meeting hugo; do
    out=$work/site/$row/warmup-$tool; rm -rf "$out"
    # shellcheck disable=SC2046
    $(build_cmd "$tool" "$dir" "$out") >"$work/last-run.log" 2>&1 || { tail -20 "$work/last-run.log" >&2; die "$tool failed on corpus $row"; }
    rm -rf "$out" "$(dirname "$out")/.$(basename "$out").meeting-cache"
  done
  for ((run = 1; run <= runs; run++)); do
    if ((run % 2 == 1)); then order="meeting hugo"; else order="hugo meeting"; fi
    for tool in $order; do timed_run "$row" "$tool" "$run" "$dir"; done
  done
done

# --- incremental rebuild ----------------------------------------------------------------------------

# Build once, change one word of one report, rebuild into the same folder; then count the files whose
# modification time changed and those whose bytes changed. Ideally the two counts are equal.
incremental() { # tool corpus_row
  local tool=$1 row=$2 inc=$work/incremental/$1
  rm -rf "$inc"; mkdir -p "$inc"
  cp -r "$(corpus_dir "$row")/content" "$inc/content"
  cp -r "$(corpus_dir "$row")/hugo" "$inc/hugo"
  # The full build: into a folder that does not exist, with no cache beside it.
  # shellcheck disable=SC2046
  /usr/bin/time -f '%e' -o "$work/time-full.txt" $(build_cmd "$tool" "$inc" "$inc/site") >"$work/last-run.log" 2>&1 || die "$tool failed building for the incremental test"
  snapshot "$inc/site" >"$inc/before.tsv"
  sleep 1.1   # coarse file systems keep mtimes to the second
  local victim
  victim=$(find "$inc/content" -name '*.txt' | sort | head -2 | tail -1)
  # Every report of the genre opens with 会议以…为指导: one word more there changes one sentence.
  sed -i '0,/为指导/s//为根本指导/' "$victim" "$inc/hugo/reports/$(basename "${victim%.txt}").md"
  # shellcheck disable=SC2046
  /usr/bin/time -f '%e' -o "$work/time.txt" $(build_cmd "$tool" "$inc" "$inc/site") >"$work/last-run.log" 2>&1 || die "$tool failed rebuilding"
  snapshot "$inc/site" >"$inc/after.tsv"
  awk -F'\t' -v tool="$tool" -v wall="$(cat "$work/time.txt")" -v full="$(cat "$work/time-full.txt")" '
    NR == FNR { mtime[$1] = $2; sum[$1] = $3; next }
    { total++
      if (!($1 in mtime)) added++
      else { if (mtime[$1] != $2) touched++; if (int(mtime[$1]) != int($2)) touched_s++; if (sum[$1] != $3) changed++
             if (sum[$1] == $3 && mtime[$1] != $2) needless++ }
      seen[$1] = 1 }
    END { for (f in mtime) if (!(f in seen)) removed++
          printf "| %s | %d | %d | %d | %d | %d | %d | %d | %s | %s | %.2f |\n", tool, total, changed + 0, touched + 0, touched_s + 0, needless + 0, added + 0, removed + 0, full, wall, (full > 0 ? wall / full : 0) }
  ' "$inc/before.tsv" "$inc/after.tsv"
}

snapshot() { # dir -> path, mtime, md5 per file (one md5sum for many files: a site of 1,000 reports has 36,000)
  (cd "$1" && LC_ALL=C join -t $'\t' \
    <(find . -type f -printf '%P\t%T@\n' | LC_ALL=C sort -t $'\t' -k1,1) \
    <(find . -type f -printf '%P\0' | xargs -0 md5sum | awk '{ h = $1; sub(/^[^ ]+  /, ""); print $0 "\t" h }' | LC_ALL=C sort -t $'\t' -k1,1))
}

if [[ -z $inc_row ]]; then
  for row in $rows; do [[ $row == 100 && -z $inc_row ]] && inc_row=$row; [[ $row == 1000 ]] && inc_row=$row; done
  [[ -z $inc_row ]] && inc_row=$(echo $rows | awk '{print $NF}')
fi
prepare_corpus "$inc_row"
say "incremental rebuild on corpus $inc_row"
incremental_rows=$(incremental meeting "$inc_row"; incremental hugo "$inc_row")

# --- the report -------------------------------------------------------------------------------------

say "writing $results"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1024 / 1024 }' /proc/meminfo)
{
  echo "# meeting vs Hugo"
  echo
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($cpu), $mem memory, $(. /etc/os-release && echo "$PRETTY_NAME")."
  echo "meeting: $flavour, commit $(git rev-parse --short HEAD). $(hugo version | cut -d' ' -f1-2)."
  echo "Corpus seed $seed; medians of $runs_small runs ($runs_large at 10,000 reports), meeting and Hugo alternating, each run into a fresh folder."
  echo "Load average (1, 5, 15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg). Other work on the machine skews absolute times; ratios of alternating runs hold better."
  echo "Pages are the .html files written. The row \"real-2024\" is the real 2024 report from content/; the others are generated reports."
  echo
  echo "| corpus | reports | tool | wall s | CPU s | peak RSS MiB | pages | pages/s |"
  echo "|---|---:|---|---:|---:|---:|---:|---:|"
  awk -F'\t' '
    function median(list,    n, a, i, j, t) {
      n = split(list, a, " ")
      for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    NR > 1 { key = $1 SUBSEP $2; if (!(key in wall)) order[++k] = key
             wall[key] = wall[key] " " $4; cpu[key] = cpu[key] " " $5; rss[key] = rss[key] " " $6; pages[key] = $7 }
    END {
      for (i = 1; i <= k; i++) {
        split(order[i], p, SUBSEP); w = median(wall[order[i]])
        reports = p[1] == "real-2024" ? 1 : p[1] + 0
        printf "| %s | %d | %s | %.2f | %.2f | %.0f | %d | %.0f |\n", p[1], reports, p[2], w, median(cpu[order[i]]), median(rss[order[i]]) / 1024, pages[order[i]], (w > 0 ? pages[order[i]] / w : 0)
      }
    }' "$runs_file" | tee "$work/medians.md"
  echo
  echo "## Against Hugo, and the targets of issue 12"
  echo
  echo "| corpus | wall meeting/Hugo | pages/s meeting/Hugo | peak RSS meeting/Hugo | target | met? |"
  echo "|---|---:|---:|---:|---|---|"
  awk -F'|' '
    { gsub(/ /, "", $2); gsub(/ /, "", $4); row = $2; tool = $4
      wall[row, tool] = $5 + 0; rss[row, tool] = $7 + 0; pps[row, tool] = $9 + 0; if (!(row in seen)) { seen[row] = 1; order[++k] = row } }
    END {
      for (i = 1; i <= k; i++) {
        r = order[i]; if (wall[r, "hugo"] == 0 || pps[r, "hugo"] == 0 || rss[r, "hugo"] == 0) continue
        wr = wall[r, "meeting"] / wall[r, "hugo"]; pr = pps[r, "meeting"] / pps[r, "hugo"]; mr = rss[r, "meeting"] / rss[r, "hugo"]
        n = r + 0
        if (r == "real-2024") { target = "wall ≤ Hugo"; met = wr <= 1 ? "yes" : sprintf("no: %.0f%% slower", (wr - 1) * 100) }
        else if (n >= 10000) { target = "wall ≤ 3× Hugo, RSS ≤ ½ Hugo"
          met = (wr <= 3 ? "wall yes" : sprintf("wall no (%.2f×)", wr)) ", " (mr <= 0.5 ? "RSS yes" : sprintf("RSS no (%.2f×)", mr)) }
        else if (n >= 1000) { target = "wall ≤ 3× Hugo"; met = wr <= 3 ? "yes" : sprintf("no (%.2f×)", wr) }
        else { target = "none"; met = "" }
        printf "| %s | %.2f | %.2f | %.2f | %s | %s |\n", r, wr, pr, mr, target, met
      }
      for (i = 1; i <= k; i++) if (order[i] + 0 == 1000) a = order[i]; else if (order[i] + 0 == 10000) b = order[i]
      if (a != "" && b != "") printf "| 10,000 vs 1,000 | meeting %.1f×, Hugo %.1f× the wall time | | | ≤ 10.5× | %s |\n",
        wall[b, "meeting"] / wall[a, "meeting"], wall[b, "hugo"] / wall[a, "hugo"], (wall[b, "meeting"] / wall[a, "meeting"] <= 10.5 ? "yes" : "no")
    }' "$work/medians.md"
  echo
  echo "## Incremental rebuild (corpus $inc_row, one word of one report changed, rebuilt into the same folder)"
  echo
  echo "| tool | files after | bytes changed | mtime changed (ns) | mtime changed (s) | rewritten, same bytes | added | removed | full build wall s | rebuild wall s | rebuild/full |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "$incremental_rows"
  echo
  echo "Targets (issue 12): the rebuild takes at most a fifth of a full build (rebuild/full ≤ 0.20), and only the files whose"
  echo "bytes change are written (mtime changed = bytes changed; rewritten with the same bytes = 0). The full build here is"
  echo "the first build into a new folder with no cache beside it; the rebuild goes into the same folder."
  echo 'mtime (ns) compares the full nanosecond time stamp, mtime (s) whole seconds (what `rsync --modify-window=1` or a'
  echo "second-resolution host sees)."
  echo "All runs: \`bench/out/runs.tsv\`."
} >"$results"
cat "$results"
