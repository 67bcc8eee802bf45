#!/usr/bin/env bash
# Validates cablelint's SARIF with Microsoft's SARIF validator (@microsoft/sarif-multitool, installed into .tools/
# by scripts/install-deps): the seed, every fixture, and the real corpus must give zero errors.
#   sarif.sh CABLELINT_BINARY REPO_ROOT
set -euo pipefail
bin="$1"
root="$2"
tool="$root/.tools/node_modules/.bin/sarif-multitool"
[ -x "$tool" ] || { echo "sarif.sh: $tool is missing: run scripts/install-deps" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

lint() {   # exit 1 (findings) is expected; 2 is not
  local status=0
  "$bin" --no-config --format sarif "$@" || status=$?
  [ "$status" -le 1 ] || { echo "sarif.sh: cablelint exited $status" >&2; exit 1; }
}
lint "$root/fixtures/seed/09ASTANA1366.txt" > "$work/seed.sarif"
lint "$root/fixtures/rules" > "$work/fixtures.sarif"
lint "$root/fixtures/corpus" > "$work/corpus.sarif"

out="$("$tool" validate "$work/seed.sarif" "$work/fixtures.sarif" "$work/corpus.sarif" 2>&1)"
echo "$out"
if grep -q '): error ' <<<"$out"; then
  echo "sarif.sh: the validator reports errors" >&2
  exit 1
fi
grep -q 'Done. 3 files scanned' <<<"$out"
# Every finding of the corpus is a SARIF result.
python3 - "$work/corpus.sarif" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
run = log["runs"][0]
assert run["columnKind"] == "unicodeCodePoints"
assert run["tool"]["driver"]["rules"], "no rules in tool.driver"
assert all("partialFingerprints" in r for r in run["results"])
print(len(run["results"]), "results validated")
PY
