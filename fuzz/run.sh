#!/usr/bin/env bash
# Fuzzes cablelint for a while: fuzz/run.sh [SECONDS_PER_HARNESS] [HARNESS…]   (default: 600 s; lint config lsp)
# Builds the libFuzzer harnesses with clang-14, ASan and UBSan in build-fuzz/ (or $CABLELINT_FUZZ_BUILD), then runs
# each harness for the given time on all cores but one (or $CABLELINT_FUZZ_JOBS), with its dictionary, over its
# seeds; new inputs stay in build-fuzz/fuzz/<harness>/corpus. CABLELINT_FUZZ_SANITIZE=none builds without the
# sanitizers (several times the executions per second; crashes and hangs only), in build-fuzz-plain/ by default.
# Prints the executions, exec/s and coverage of each run (docs/reliability.md records them). A crash stops the run
# and leaves the input in build-fuzz/fuzz/<harness>/: fix the defect, then copy the input to fuzz/regressions/<harness>/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds=${1:-600}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(lint config lsp)
command -v clang++-14 >/dev/null || { echo "fuzz/run.sh: clang++-14 is missing (scripts/install-deps installs it)" >&2; exit 2; }

sanitize="${CABLELINT_FUZZ_SANITIZE:-address,undefined}"
default_build="$root/build-fuzz"
if [ "$sanitize" = none ]; then sanitize=""; default_build="$root/build-fuzz-plain"; fi
build="${CABLELINT_FUZZ_BUILD:-$default_build}"   # another clang fuzz build directory may be named
CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCABLELINT_SANITIZE=$sanitize" -DCABLELINT_FUZZ=ON >/dev/null
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" --target "${targets[@]}"

jobs=${CABLELINT_FUZZ_JOBS:-$(( $(nproc) > 1 ? $(nproc) - 1 : 1 ))}
declare -A seeds=(
  [lint]="$root/fuzz/seeds/lint $root/fixtures/corpus $root/fixtures/rules $root/fixtures/seed"
  [config]="$root/fuzz/seeds/config"
  [lsp]="$root/fuzz/seeds/lsp")
for h in "${harnesses[@]}"; do
  work="$build/fuzz/$h"
  mkdir -p "$work/corpus"
  echo "== $h: ${seconds} s on $jobs job(s)"
  # libFuzzer writes one log per job (fuzz-N.log) into the current directory: the harness's work directory.
  # shellcheck disable=SC2086  # the seed directories are separate words
  (cd "$work" && rm -f fuzz-*.log &&
    "$build/fuzz/fuzz_$h" -max_total_time="$seconds" -jobs="$jobs" -workers="$jobs" -max_len=65536 -timeout=20 \
    -rss_limit_mb=4096 -print_final_stats=1 -dict="$root/fuzz/$h.dict" -artifact_prefix="$work/" \
    "$work/corpus" "$root/fuzz/regressions/$h" ${seeds[$h]} >"$work/run.log" 2>&1) || {
      echo "fuzz/run.sh: $h found a defect; see $work/run.log and $work/crash-* (fuzz-*.log per job)"
      exit 1
    }
  # One log per job: sum the executions, and the last coverage line of each.
  cat "$work"/fuzz-*.log 2>/dev/null > "$work/all.log" || cp "$work/run.log" "$work/all.log"
  awk -v h="$h" -v s="$seconds" '
    /^stat::number_of_executed_units:/ { runs += $2 }
    /^stat::average_exec_per_sec:/ { rate += $2 }
    /cov: [0-9]+ ft: [0-9]+/ { for (i = 1; i <= NF; i++) { if ($i == "cov:") cov = $(i+1); if ($i == "ft:") ft = $(i+1) } }
    END { printf "%s: %d executions, %d exec/s in all, cov %s edges, ft %s features, %d s\n", h, runs, rate, cov, ft, s }
  ' "$work/all.log"
done
