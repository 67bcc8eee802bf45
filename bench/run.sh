#!/usr/bin/env bash
# Throughput benchmark: builds a Release binary, lints a replicated copy of fixtures/corpus (default 20 times) and
# prints files/s and MB/s next to `cat` over the same files. Prints numbers; asserts nothing.
#   bench/run.sh [COPIES] [JOBS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
copies="${1:-20}"
jobs="${2:-$(nproc)}"
corpus="$root/fixtures/corpus"
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus" >&2; exit 2; }

cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$root/build-release" --target cablelint >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for i in $(seq 1 "$copies"); do
  mkdir -p "$work/copy$i/cablegate" "$work/copy$i/bare"
  cp "$corpus"/cablegate/*.txt "$work/copy$i/cablegate/"
  cp "$corpus"/bare/*.txt "$work/copy$i/bare/"
done
files=$(find "$work" -name '*.txt' | wc -l)
bytes=$(find "$work" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')

# Warm the page cache so both measure the same thing.
find "$work" -name '*.txt' -print0 | xargs -0 cat > /dev/null

now() { date +%s.%N; }
rate() { awk -v n="$1" -v t="$2" 'BEGIN { printf "%.0f", n / t }'; }
mbrate() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%.1f", b / 1048576 / t }'; }

t0=$(now); find "$work" -name '*.txt' -print0 | xargs -0 cat > /dev/null; t1=$(now)
cat_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

t0=$(now); "$root/build-release/cablelint" --no-config -j "$jobs" --format json "$work" > /dev/null || true; t1=$(now)
lint_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')

echo "corpus: $files files, $mb MB ($copies copies), $jobs jobs"
printf '%-10s %8.2f s %10s files/s %8s MB/s\n' cat "$cat_s" "$(rate "$files" "$cat_s")" "$(mbrate "$cat_s")"
printf '%-10s %8.2f s %10s files/s %8s MB/s\n' cablelint "$lint_s" "$(rate "$files" "$lint_s")" "$(mbrate "$lint_s")"
