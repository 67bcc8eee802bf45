#!/usr/bin/env bash
# The generator of the compiled-in catalogue (cmake/builtin_data.cpp) refuses a rule code written twice: it writes
# the rules in code order, one per code, and a second entry would otherwise replace the first without a word.
# usage: builtin-data.sh GENERATOR
set -euo pipefail
generator=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/catalogue"
cat > "$work/catalogue/X.yaml" <<'YAML'
rules:
  - {code: X001, name: first, severity: warning, summary: One., messages: {default: one}}
  - {code: x001, name: second, severity: warning, summary: Two., messages: {default: two}}
YAML
if "$generator" "$work/out.cpp" "$work/catalogue/X.yaml" 2> "$work/err"; then
  echo "builtin-data.sh: a code written twice was accepted" >&2
  exit 1
fi
grep -q 'rule x001 is in the catalogue twice' "$work/err" || { echo "builtin-data.sh: unexpected message:" >&2; cat "$work/err" >&2; exit 1; }
# The same file with distinct codes is accepted, and the rules come out in code order.
sed -i 's/code: x001/code: X000/' "$work/catalogue/X.yaml"
"$generator" "$work/out.cpp" "$work/catalogue/X.yaml"
[ "$(grep -o 'r.code = "X00[01]"' "$work/out.cpp" | tr '\n' ' ')" = 'r.code = "X000" r.code = "X001" ' ] ||
  { echo "builtin-data.sh: the rules are not in code order" >&2; exit 1; }
echo "builtin-data.sh: ok"
