#!/usr/bin/env bash
# Drives the real pre-commit (Debian package) against this repository's .pre-commit-hooks.yaml, at the current
# commit: a throwaway repository commits a good and a bad cable; the hook fails on the bad one showing the finding,
# and passes once the cable is fixed.
#   pre-commit.sh REPO_ROOT cablelint-system CABLELINT   the quick path: the cablelint given, put on PATH
#   pre-commit.sh REPO_ROOT cablelint                    the hook that builds cablelint in pre-commit's checkout
set -euo pipefail
root="$1"
hook="$2"
if [ "$hook" = cablelint-system ]; then
  bindir="$(mktemp -d)"
  trap 'rm -rf "$bindir"' EXIT
  ln -s "$(realpath "$3")" "$bindir/cablelint"
  export PATH="$bindir:$PATH"
fi
command -v pre-commit >/dev/null || { echo "pre-commit.sh: pre-commit is missing: run scripts/install-deps" >&2; exit 1; }
rev="$(git -C "$root" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work" ${bindir:+"$bindir"}' EXIT
export PRE_COMMIT_HOME="$work/cache"

mkdir "$work/cables"
cd "$work/cables"
git init -q
git config user.email test@example.invalid
git config user.name test
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $root
    rev: $rev
    hooks:
      - id: $hook
YAML
seed="$root/fixtures/seed/09ASTANA1366.txt"
cp "$seed" good.txt
# The bad cable: a DTG of 31 APR (D302, an error).
sed 's/^R 101402Z AUG 09 ZDK$/R 311402Z APR 09 ZDK/' "$seed" > bad.txt
grep -q '311402Z APR 09' bad.txt
pre-commit install > /dev/null
git add .pre-commit-config.yaml good.txt bad.txt

status=0
git commit -q -m "cables" > "$work/fail.log" 2>&1 || status=$?
cat "$work/fail.log"
[ "$status" -ne 0 ] || { echo "pre-commit.sh: the commit with a bad cable went through" >&2; exit 1; }
grep -q 'bad.txt:20:3: error: .*\[D302 dtg-invalid\]' "$work/fail.log"
! grep -q 'good.txt:.*error' "$work/fail.log"

cp "$seed" bad.txt   # fixed
# A bad draft under the config's exclude: pre-commit names it, --force-exclude (in the hook's entry) leaves it out.
mkdir drafts
sed 's/^R 101402Z AUG 09 ZDK$/R 311402Z APR 09 ZDK/' "$seed" > drafts/draft.txt
grep -q '311402Z APR 09' drafts/draft.txt
printf 'exclude: ["drafts/*"]\n' > .cablelint.yaml
git add bad.txt drafts/draft.txt .cablelint.yaml
git commit -q -m "cables" > "$work/pass.log" 2>&1 || { cat "$work/pass.log"; echo "pre-commit.sh: the fixed commit was refused" >&2; exit 1; }
cat "$work/pass.log"
grep -q 'cablelint.*Passed' "$work/pass.log"
[ "$(git rev-list --count HEAD)" = 1 ]
! grep -q 'draft.txt' "$work/pass.log"
echo "pre-commit: the bad cable was refused, the fixed one committed, the excluded draft left out"
