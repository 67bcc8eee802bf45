#!/usr/bin/env bash
# The performance report of issue 10: throughput on a replicated copy of fixtures/corpus next to `cat` over the same
# files, the cost of each output format, start-up time, linear growth (one cable and a tree at two sizes), the
# language server's re-lint time (bench/lsp_relint.py) and the per-phase CPU times (CABLELINT_PROFILE=1). Every time
# is the median of RUNS runs taken in turn, with the page cache warm. Prints numbers; asserts nothing (but a run that
# exits with 2 or more, a failure rather than findings, is reported and makes the script exit 1 at the end).
#   bench/run.sh [COPIES] [JOBS]      (default 20 copies of the corpus, -j of all cores)
#   RUNS=5                            (runs per measure, default 5)
#   CABLELINT_BIN=build/cablelint bench/run.sh    (time that binary instead of building a Release one)
#   FULL=1                            (also the size of the whole release: ~250,000 files, ~2.5 GB in a temp dir)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-20}"
jobs="${2:-$(nproc)}"
runs="${RUNS:-5}"
corpus="$root/fixtures/corpus"
seed="$root/fixtures/seed/09ASTANA1366.txt"
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time" >&2; exit 2; }
[ "$copies" -ge 2 ] || { echo "bench: COPIES must be at least 2 (growth lints half of them)" >&2; exit 2; }
[ "$runs" -ge 1 ] || { echo "bench: RUNS must be at least 1" >&2; exit 2; }

bin="${CABLELINT_BIN:-}"
if [ -z "$bin" ]; then
  cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
  cmake --build "$root/build-release" --target cablelint >/dev/null
  bin="$root/build-release/cablelint"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A copy of the binary, so that a rebuild during the run cannot swap it halfway.
cp "$bin" "$work/cablelint"
binary="${bin#"$root"/}, sha256 $(sha256sum "$work/cablelint" | cut -c1-12), built $(date -r "$bin" '+%Y-%m-%d %H:%M')"
bin="$work/cablelint"

tree="$work/tree"
for i in $(seq 1 "$copies"); do
  mkdir -p "$tree/copy$i/cablegate" "$tree/copy$i/bare"
  cp "$corpus"/cablegate/*.txt "$tree/copy$i/cablegate/"
  cp "$corpus"/bare/*.txt "$tree/copy$i/bare/"
done
files=$(find "$tree" -name '*.txt' | wc -l)
bytes=$(find "$tree" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)

# Cables of about SIZE bytes: the seed with its body (paragraph 1 up to the signature) repeated.
make_cable() {   # make_cable SIZE OUT
  python3 - "$seed" "$1" "$2" <<'PY'
import sys
seed, size, out = open(sys.argv[1], encoding='utf-8').read(), int(sys.argv[2]), sys.argv[3]
start, end = seed.find('\n1. ('), seed.rfind('\nHOAGLAND\n')
head, body, tail = seed[:start], seed[start:end], seed[end:]
n = max(1, -(-(size - len(head) - len(tail)) // len(body)))
open(out, 'w', encoding='utf-8').write(head + body * n + tail)
PY
}
make_cable $((5 << 20)) "$work/cable-5M.txt"
make_cable $((10 << 20)) "$work/cable-10M.txt"
make_cable $((1 << 20)) "$work/cable-1M.txt"
# Short lines: the seed with N lines of a few words before its signature.
make_lines() {   # make_lines N OUT
  python3 - "$seed" "$1" "$2" <<'PY'
import sys
seed, n, out = open(sys.argv[1], encoding='utf-8').read(), int(sys.argv[2]), sys.argv[3]
end = seed.rfind('\nHOAGLAND\n')
open(out, 'w', encoding='utf-8').write(seed[:end] + '\n' + 'the note was read\n' * n + seed[end:])
PY
}
make_lines 500000 "$work/lines-500k.txt"
make_lines 1000000 "$work/lines-1M.txt"

# ---- measuring --------------------------------------------------------------------------------------------------

failures=()
# measure NAME CMD... : runs CMD (stdout to /dev/null) and appends "wall user rss_kb" to $work/NAME.times. Exit 1
# (findings) is expected; 2 or more is a failure, reported with the command's stderr.
measure() {
  local name="$1" t0 t1 us wall user rss rc=0
  shift
  t0=$(date +%s%N)
  /usr/bin/time -f '%e %U %M' -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || rc=$?
  t1=$(date +%s%N)
  if [ "$rc" -ge 2 ]; then
    echo "bench: $name exited with $rc: $*" >&2
    head -5 "$work/stderr" >&2
    failures+=("$name (exit $rc)")
  fi
  # GNU time puts "Command exited with non-zero status N" before the numbers.
  read -r _ user rss < <(tail -1 "$work/time")
  us=$(( (t1 - t0) / 1000 ))
  printf -v wall '%d.%06d' $((us / 1000000)) $((us % 1000000))
  echo "$wall $user $rss" >> "$work/$name.times"
}
# median NAME COLUMN → the median of that column (1 wall s, 2 user s, 3 peak RSS KB) of NAME's runs
median() {
  awk -v c="$2" '{ print $c + 0 }' "$work/$1.times" | sort -g |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
calc() { awk -v f="$1" "BEGIN { printf f, $2 }"; }   # calc FORMAT EXPR (an expression of numbers)

lint=("$bin" --no-config -j "$jobs")
# shellcheck disable=SC2016   # $1 is the inner shell's
cat_tree=(bash -c 'find "$1" -name "*.txt" -print0 | xargs -0 cat > /dev/null' cat_tree "$tree")

# Warm the page cache (and the binary), and take the per-phase times from that first json run.
"${cat_tree[@]}"
CABLELINT_PROFILE=1 "${lint[@]}" --format json "$tree" > /dev/null 2> "$work/profile" || true
profile=$(grep -m1 '^profile:' "$work/profile" || echo "profile: (not available in this binary)")

# 1 and 2: cat and each output format in turn.
for _ in $(seq 1 "$runs"); do
  measure cat "${cat_tree[@]}"
  measure json "${lint[@]}" --format json "$tree"
  measure quiet "${lint[@]}" -q "$tree"
  measure sarif "${lint[@]}" --format sarif "$tree"
  measure html "${lint[@]}" --format html -o "$work/report.html" "$tree"
done

# 3: start-up, with perf_counter around each run (the median of 30).
startup() {
  python3 - "$@" <<'PY'
import statistics, subprocess, sys, time
times = []
for _ in range(30):
    t0 = time.perf_counter()
    code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    times.append(time.perf_counter() - t0)
    if code >= 2 or code < 0:
        sys.exit('bench: %s exited with %d' % (' '.join(sys.argv[1:]), code))
print('%.1f ms' % (statistics.median(times) * 1000))
PY
}
startup_version=$(startup "$bin" --version) || failures+=("start-up --version")
startup_seed=$(startup "$bin" --no-config "$seed") || failures+=("start-up seed")

# 4: one cable of ~5 and ~10 MB; the first half of the copies and all of them.
half=$((copies / 2))
half_dirs=() all_dirs=()
for i in $(seq 1 $((half * 2))); do
  if [ "$i" -le "$half" ]; then half_dirs+=("$tree/copy$i"); fi
  all_dirs+=("$tree/copy$i")
done
half_files=$(find "${half_dirs[@]}" -name '*.txt' | wc -l)
all_files=$(find "${all_dirs[@]}" -name '*.txt' | wc -l)
for _ in $(seq 1 "$runs"); do
  measure cable5 "${lint[@]}" --format json "$work/cable-5M.txt"
  measure cable10 "${lint[@]}" --format json "$work/cable-10M.txt"
  measure lines500k "${lint[@]}" --format json "$work/lines-500k.txt"
  measure lines1M "${lint[@]}" --format json "$work/lines-1M.txt"
  measure treeN "${lint[@]}" --format json "${half_dirs[@]}"
  measure tree2N "${lint[@]}" --format json "${all_dirs[@]}"
done

# 7 (FULL=1): a tree the size of the whole release, linted once next to cat once.
if [ -n "${FULL:-}" ]; then
  big="$work/release"
  big_copies=$(( (250000 + files / copies - 1) / (files / copies) ))
  for i in $(seq 1 "$big_copies"); do
    mkdir -p "$big/copy$i"
    cp -r "$tree/copy1/." "$big/copy$i/"
  done
  big_files=$(find "$big" -name '*.txt' | wc -l)
  big_bytes=$(find "$big" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  # shellcheck disable=SC2016   # $1 is the inner shell's
  big_cat=(bash -c 'find "$1" -name "*.txt" -print0 | xargs -0 cat > /dev/null' cat_tree "$big")
  "${big_cat[@]}"   # into the page cache
  measure bigcat "${big_cat[@]}"
  measure bigjson "${lint[@]}" --format json "$big"
fi

# 5: the language server (prints its own lines).
lsp=$(python3 "$root/bench/lsp_relint.py" --bin "$bin" --large "$work/cable-1M.txt" --indent '   ') ||
  { failures+=("bench/lsp_relint.py"); lsp+="${lsp:+$'\n'}   (failed: see its message above)"; }

# ---- the report -------------------------------------------------------------------------------------------------

mb() { calc '%.1f MB' "$1 / 1048576"; }
secs() { calc '%.2f s' "$1"; }
kb_mb() { calc '%.0f MB' "$1 / 1024"; }
size_of() { mb "$(stat -c %s "$1")"; }
percent() { calc '%+.1f %%' "100 * ($1 / $2 - 1)"; }   # percent A B: how much longer A is than B
ratio() { calc '%.2f' "$1 / $2"; }

cat_s=$(median cat 1) json_s=$(median json 1) quiet_s=$(median quiet 1) sarif_s=$(median sarif 1) html_s=$(median html 1)
model=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)

echo "$("$bin" --version), $(nproc) cores${model:+ ($model)}, $(date +%Y-%m-%d)"
echo "binary: $binary"
echo "corpus: $files files, $(mb "$bytes") ($copies copies of fixtures/corpus), -j $jobs, median of $runs runs"
echo
row() {   # row LABEL NAME: wall, user, peak RSS, files/s and MB/s of NAME's runs
  local wall
  wall=$(median "$2" 1)
  printf '   %-31s %10s %10s %10s %10s %10s\n' "$1" "$(secs "$wall")" "$(secs "$(median "$2" 2)")" \
    "$(kb_mb "$(median "$2" 3)")" "$(calc '%.0f' "$files / $wall")" "$(calc '%.1f' "$bytes / 1048576 / $wall")"
}
printf '%-34s %10s %10s %10s %10s %10s\n' "1. throughput (--format json)" wall user "peak RSS" files/s MB/s
row cat cat
row cablelint json
printf '   %-31s %10s\n' "cablelint / cat" "$(calc '%.1f x' "$json_s / $cat_s")"
echo
printf '%-34s %10s %10s\n' "2. output cost" wall "vs -q"
printf '   %-31s %10s\n' "text -q" "$(secs "$quiet_s")"
printf '   %-31s %10s %10s\n' "--format json" "$(secs "$json_s")" "$(percent "$json_s" "$quiet_s")"
printf '   %-31s %10s %10s\n' "--format sarif" "$(secs "$sarif_s")" "$(percent "$sarif_s" "$quiet_s")"
printf '   %-31s %10s %10s %s\n' "--format html (issue 12)" "$(secs "$html_s")" "$(percent "$html_s" "$quiet_s")" \
  "($(size_of "$work/report.html"), $(percent "$html_s" "$json_s") vs json)"
echo
printf '%-34s %10s\n' "3. start-up (median of 30)" wall
printf '   %-31s %10s\n' "--version" "$startup_version"
printf '   %-31s %10s\n' "--no-config seed ($(calc '%.0f KB' "$(stat -c %s "$seed") / 1024"))" "$startup_seed"
echo
printf '%-34s %10s %10s %10s %10s %7s\n' "4. linear growth (--format json)" N wall 2N wall ratio
printf '   %-31s %10s %10s %10s %10s %7s\n' "one cable" "$(size_of "$work/cable-5M.txt")" \
  "$(secs "$(median cable5 1)")" "$(size_of "$work/cable-10M.txt")" "$(secs "$(median cable10 1)")" \
  "$(ratio "$(median cable10 1)" "$(median cable5 1)")"
printf '   %-31s %10s %10s %10s %10s %7s\n' "tree (files)" "$half_files" "$(secs "$(median treeN 1)")" \
  "$all_files" "$(secs "$(median tree2N 1)")" "$(ratio "$(median tree2N 1)" "$(median treeN 1)")"
printf '   %-31s %10s %10s %10s %10s %7s\n' "short lines" 500000 "$(secs "$(median lines500k 1)")" \
  1000000 "$(secs "$(median lines1M 1)")" "$(ratio "$(median lines1M 1)" "$(median lines500k 1)")"
echo
echo "5. editor (cablelint lsp, didChange → publishDiagnostics)"
echo "$lsp"
echo
echo "6. phases (one --format json run of the corpus, CABLELINT_PROFILE=1)"
echo "   $profile"
if [ -n "${FULL:-}" ]; then
  echo
  printf '%-34s %10s %10s %10s %10s\n' "7. the whole release (FULL=1)" wall "peak RSS" files MB
  printf '   %-31s %10s %10s %10s %10s\n' cat "$(secs "$(median bigcat 1)")" "$(kb_mb "$(median bigcat 3)")" "$big_files" \
    "$(calc '%.0f' "$big_bytes / 1048576")"
  printf '   %-31s %10s %10s %10s %10s\n' "cablelint --format json" "$(secs "$(median bigjson 1)")" \
    "$(kb_mb "$(median bigjson 3)")" "$big_files" "$(calc '%.0f' "$big_bytes / 1048576")"
fi

if [ "${#failures[@]}" -gt 0 ]; then
  echo
  printf 'FAILED: %s\n' "${failures[@]}"
  exit 1
fi
