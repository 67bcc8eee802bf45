#!/usr/bin/env bash
# ctest's bounded fuzz run: bounded-run.sh FUZZER WORKDIR RUNS [libFuzzer options and seed directories…]
# Runs FUZZER for RUNS executions (after loading the seeds), new inputs kept in WORKDIR/corpus, a crashing input
# written to WORKDIR/crash-* and shown with the command that replays it.
set -euo pipefail
fuzzer=$1 work=$2 runs=$3
shift 3
mkdir -p "$work/corpus"
if ! "$fuzzer" -runs="$runs" -max_len=16384 -timeout=20 -rss_limit_mb=4096 -print_final_stats=1 \
     -artifact_prefix="$work/" "$work/corpus" "$@" 2>"$work/log"; then
  tail -n 60 "$work/log"
  echo "fuzz: $fuzzer failed; the input is in $work (crash-*, timeout-*, oom-*); add it to fuzz/regressions/"
  exit 1
fi
grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)" "$work/log"
grep -E "cov: " "$work/log" | tail -n 1
