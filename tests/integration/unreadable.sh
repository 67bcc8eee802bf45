#!/usr/bin/env bash
# Unreadable paths, as a user who cannot read them (issue 8): an unreadable file and an unreadable directory are each
# reported ("cannot read: Permission denied", "cannot read directory: Permission denied"), the run exits 2, and the
# readable files beside them are still linted. Root reads everything, so the binary runs as `nobody` (runuser);
# without root or runuser the test is skipped and says so (exit 77).
#   unreadable.sh CABLELINT SOURCE_DIR
set -euo pipefail
bin="$1"
src="$2"
if [ "$(id -u)" -ne 0 ] || ! command -v runuser >/dev/null || ! id nobody >/dev/null 2>&1; then
  echo "SKIPPED: needs root and runuser to lint as the user nobody"
  exit 77
fi
work="$(mktemp -d)"
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
mkdir -p "$work/tree/ok" "$work/tree/locked"
cp "$src/fixtures/seed/09ASTANA1366.txt" "$work/tree/ok/a.txt"
cp "$src/fixtures/seed/09ASTANA1366.txt" "$work/tree/locked/b.txt"
cp "$src/fixtures/seed/09ASTANA1366.txt" "$work/tree/c.txt"
cp "$bin" "$work/cablelint"
chmod 000 "$work/tree/locked" "$work/tree/c.txt"
chmod 755 "$work" "$work/tree" "$work/tree/ok" "$work/cablelint"
chmod 644 "$work/tree/ok/a.txt"
cd "$work"
set +e
out="$(runuser -u nobody -- ./cablelint --no-config tree 2>&1)"
code=$?
set -e
echo "$out"
fail=0
[ "$code" -eq 2 ] || { echo "FAIL: exit $code, expected 2"; fail=1; }
grep -qx 'tree/c.txt: error: cannot read: Permission denied' <<<"$out" || { echo "FAIL: the unreadable file is not reported"; fail=1; }
grep -qx 'tree/locked: error: cannot read directory: Permission denied' <<<"$out" || { echo "FAIL: the unreadable directory is not reported"; fail=1; }
grep -q '^tree/ok/a.txt:100:1: warning: ' <<<"$out" || { echo "FAIL: the readable file was not linted"; fail=1; }
exit "$fail"
