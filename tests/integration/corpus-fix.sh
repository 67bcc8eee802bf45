#!/usr/bin/env bash
# Autofix on the whole real corpus (issue 9), with GNU patch as the independent judge of --diff:
#   1. --diff on a copy changes nothing and exits 1; its output applied with `patch -p0` to a second copy gives the
#      same tree as --fix on a third;
#   2. after --fix no finding is fixable (no "[*]"), and a second --fix (and --diff) changes nothing;
#   3. no rule has more findings after --fix than before (a fix does not make findings of its own);
#   4. the same with --unsafe-fixes.
#   corpus-fix.sh CABLELINT SOURCE_DIR
set -euo pipefail
bin="$1"
src="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
fail=0
check() { if eval "$2"; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi; }

for mode in safe unsafe; do
  extra=()
  [ "$mode" = unsafe ] && extra=(--unsafe-fixes)
  rm -rf diffed patched fixed fixed-again
  cp -r "$src/fixtures/corpus" diffed
  cp -r diffed patched
  cp -r diffed fixed
  set +e
  "$bin" --no-config "${extra[@]}" --diff diffed > fixes.patch 2> diff.err
  code=$?
  set -e
  check "$mode: --diff exits 1 when there are fixes" '[ "$code" -eq 1 ]'
  check "$mode: --diff changed nothing" 'diff -r "$src/fixtures/corpus" diffed > /dev/null'
  sed -e 's#^--- diffed/#--- patched/#' -e 's#^+++ diffed/#+++ patched/#' fixes.patch > patched.patch
  check "$mode: patch -p0 applies the diff" 'patch -s -p0 --no-backup-if-mismatch < patched.patch'
  "$bin" --no-config "${extra[@]}" --fix -q fixed > /dev/null || true
  check "$mode: --fix gives what the patch gives" 'diff -r patched fixed > /dev/null'
  "$bin" --no-config "${extra[@]}" fixed > after.txt || true
  check "$mode: nothing fixable is left" '! grep -q "\[\*\]" after.txt'
  counts() { { "$bin" --no-config -q --statistics "$1" 2>/dev/null || true; } | awk '/^COUNT/ {t = 1; next} t && NF {print $3, $1}' | sort; }
  counts "$src/fixtures/corpus" > before.counts
  counts fixed > after.counts
  grown="$(join -a1 -a2 -e0 -o 0,1.2,2.2 before.counts after.counts | awk '$3 > $2')"
  check "$mode: no rule has more findings after --fix ($grown)" '[ -z "$grown" ]'
  cp -r fixed fixed-again
  "$bin" --no-config "${extra[@]}" --fix -q fixed-again > /dev/null || true
  check "$mode: a second --fix changes nothing" 'diff -r fixed fixed-again > /dev/null'
  set +e
  "$bin" --no-config "${extra[@]}" --diff fixed > again.patch 2>&1
  code=$?
  set -e
  check "$mode: --diff after --fix finds nothing (exit 0)" '[ "$code" -eq 0 ]'
  echo "$mode: $(cat diff.err)"
done
exit $fail
